import { Schema, type Connection } from 'mongoose';
import { isAppError } from '@binome/errors';
import { testServiceConfig } from '@binome/testing';
import {
  allTerritories,
  connectMongo,
  ensureIndexes,
  oneDocument,
  onOutboxWrite,
  tenantGuard,
  territory,
  TenantRepository,
  type Filter,
  type OutboxWrite,
} from './index';

interface Badge {
  _id: string;
  territoryId: string;
  code: string;
  level: number;
  revision: number;
}

const BadgeSchema = new Schema(
  {
    _id: String,
    territoryId: String,
    code: String,
    level: Number,
    revision: Number,
    _outbox: { type: [Schema.Types.Mixed], default: undefined },
  },
  { versionKey: false },
);
BadgeSchema.index({ territoryId: 1, code: 1 }, { unique: true });
BadgeSchema.plugin(tenantGuard);

class BadgeRepository extends TenantRepository<Badge> {
  constructor(connection: Connection) {
    super(connection, 'Badge', BadgeSchema, { duplicate: (b) => `A badge "${b.code}" already exists in this territory` });
  }
  /** What a subclass adds: its own queries, on its protected model. */
  outboxOf(id: string) {
    return this.model.findOne({ _id: id, territoryId: { $exists: true } }, { _outbox: 1 }).lean<{ _outbox?: { eventId: string }[] }>();
  }
}

const badge = (id: string, territoryId: string, code: string, level = 1): Badge => ({ _id: id, territoryId, code, level, revision: 0 });

describe('TenantRepository against the real database', () => {
  let connection: Connection;
  let badges: BadgeRepository;

  beforeAll(async () => {
    const c = testServiceConfig('persistence');
    connection = await connectMongo(c.mongo.url, c.mongo.database);
    badges = new BadgeRepository(connection);
    await ensureIndexes(connection);
    for (let i = 0; i < 5; i++) await badges.insert(badge(`r${i}`, 'rennes', `code-${i}`, i % 2));
    await badges.insert(badge('p0', 'paris', 'code-0'));
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('When a unique index refuses an insert, then it is a 409 with the repository message', async () => {
    const err = await badges.insert(badge('r-dup', 'rennes', 'code-1')).catch((e) => e);
    expect(isAppError(err) && err.status).toBe(409);
    expect(err.message).toBe('A badge "code-1" already exists in this territory');
  });

  it('When a Rennes scope reads a Paris id, then it is not found, and a reach filter cannot be replaced by the id', async () => {
    expect(await badges.findById(territory('rennes'), 'p0')).toBeNull();
    expect(await badges.findById(territory('paris'), 'p0')).toMatchObject({ code: 'code-0' });
    const reach: Filter<Badge> = { level: 1 };
    expect(await badges.findById(territory('rennes'), 'r0', reach)).toBeNull();
    expect(await badges.findById(territory('rennes'), 'r1', reach)).toMatchObject({ _id: 'r1' });
  });

  it('When a document belongs to several territories, then a scope holding one of them reads it by id, and no other scope does', async () => {
    // As partner companies are stored (a list of territories; this schema types one, so through the driver).
    await badges.collection.insertOne({ ...badge('shared', 'tours', 'code-shared'), territoryId: ['tours', 'lyon'] } as never);
    expect(await badges.findById(territory('tours'), 'shared')).toMatchObject({ code: 'code-shared' });
    expect(await badges.findById({ kind: 'some', territories: ['paris', 'lyon'] }, 'shared')).toMatchObject({ _id: 'shared' });
    expect(await badges.findById(territory('paris'), 'shared')).toBeNull();
    expect(await badges.findById(allTerritories, 'shared')).toMatchObject({ _id: 'shared' });
    expect(await badges.findById(territory('tours'), 'shared', { $or: [{ level: 5 }, { code: { $in: ['code-shared'] } }] })).toMatchObject({
      _id: 'shared',
    });
    expect(await badges.findById(territory('tours'), 'shared', { $or: [{ level: 5 }, { code: { $in: ['other'] } }] })).toBeNull();
  });

  it('When a compare-and-set is in one territory and expects plain fields, then its filter is flat (the engine’s index shape) and decides as the nested one', async () => {
    expect(oneDocument(territory('tours'), 'x', { level: 1 })).toEqual({ territoryId: 'tours', _id: 'x', level: 1 });
    expect(oneDocument(territory('tours'), 'x', { $or: [{ level: 1 }] })).toHaveProperty('$and');
    expect(oneDocument(allTerritories, 'x')).toHaveProperty('$and');
    expect(oneDocument({ kind: 'some', territories: ['tours', 'lyon'] }, 'x')).toHaveProperty('$and');
    // A document of several territories, written flat from one of them; not from another.
    expect(await badges.compareAndSet(territory('lyon'), 'shared', {}, { $set: { level: 3 } })).toBe(true);
    expect(await badges.compareAndSet(territory('paris'), 'shared', {}, { $set: { level: 4 } })).toBe(false);
    expect(await badges.compareAndSet(territory('tours'), 'shared', { level: 4 }, { $set: { level: 5 } })).toBe(false);
    expect(await badges.findById(allTerritories, 'shared')).toMatchObject({ level: 3 });
    const indexes = await badges.collection.indexes();
    expect(indexes.find((i) => i.name === 'territory_id')).toMatchObject({ key: { territoryId: 1, _id: 1 }, unique: true });
  });

  it('When an id is an operator object or unknown, then nothing is found and nothing throws', async () => {
    expect(await badges.findById(allTerritories, { $ne: 'x' } as unknown as string)).toBeNull();
    expect(await badges.findById(allTerritories, 'nobody')).toBeNull();
  });

  it('When ids are checked for existence, then only those in the scope count', async () => {
    const ids = ['r0', 'p0', 'nobody', 'r0', { $gt: '' } as unknown as string];
    expect([...(await badges.existingIds(territory('rennes'), ids))]).toEqual(['r0']);
    expect([...(await badges.existingIds(allTerritories, ids))].sort()).toEqual(['p0', 'r0']);
    expect((await badges.existingIds(territory('paris'), [])).size).toBe(0);
  });

  it('When a search is paged, then pages do not overlap, ties are broken by id and the total counts every match', async () => {
    const sort = { level: 1 as const };
    const first = await badges.findPage(territory('rennes'), {}, { skip: 0, limit: 3, sort });
    const second = await badges.findPage(territory('rennes'), {}, { skip: 3, limit: 3, sort });
    expect(first.total).toBe(5);
    expect([...first.items, ...second.items].map((b) => b._id)).toEqual(['r0', 'r2', 'r4', 'r1', 'r3']);
    expect((await badges.findPage(allTerritories, { code: 'code-0' }, { skip: 0, limit: 10, sort: {} })).total).toBe(2);
  });

  it('When an export asks for more than its maximum, then it gets none and the total', async () => {
    expect(await badges.all(territory('rennes'), {}, { code: 1 }, 4)).toEqual({ items: [], total: 5 });
    expect((await badges.all(territory('rennes'), {}, { code: 1 }, 5)).items).toHaveLength(5);
  });

  it('When a compare-and-set meets the expected revision, then it applies with its events; a stale one does not', async () => {
    const events = [{ eventId: 'e1' }];
    expect(
      await badges.compareAndSet(territory('rennes'), 'r2', { revision: 0 }, { $set: { level: 7 }, $inc: { revision: 1 } }, events),
    ).toBe(true);
    expect(await badges.compareAndSet(territory('rennes'), 'r2', { revision: 0 }, { $set: { level: 8 }, $inc: { revision: 1 } })).toBe(
      false,
    );
    expect(await badges.findById(territory('rennes'), 'r2')).toMatchObject({ level: 7, revision: 1 });
    expect((await badges.outboxOf('r2'))?._outbox?.map((e) => e.eventId)).toEqual(['e1']);
  });

  it('When a compare-and-set writes a value already there, then it counts as applied (matched, not modified)', async () => {
    expect(await badges.compareAndSet(territory('rennes'), 'r3', { level: 1 }, { $set: { level: 1 } })).toBe(true);
  });

  it('When another territory compare-and-sets a document, then nothing is written', async () => {
    expect(await badges.compareAndSet(territory('paris'), 'r4', {}, { $set: { level: 9 } })).toBe(false);
    expect(await badges.findById(territory('rennes'), 'r4')).toMatchObject({ level: 0 });
  });

  it('When documents are inserted in one batch, then each is stored with its events and named to the relay; a refused one is a 409 after those before it', async () => {
    const named: OutboxWrite[] = [];
    const stop = onOutboxWrite((w) => named.push(w));
    try {
      await badges.insertBatch([
        { doc: badge('b1', 'tours', 'batch-1'), events: [{ eventId: 'eb1' }] },
        { doc: badge('b2', 'tours', 'batch-2') },
        { doc: badge('b3', 'tours', 'batch-3'), events: [{ eventId: 'eb3' }] },
      ]);
      expect(named.map((w) => w.id)).toEqual(['b1', 'b3']);
      expect(new Set(named.map((w) => w.namespace))).toEqual(new Set([`${connection.name}.${badges.collection.collectionName}`]));
      expect((await badges.outboxOf('b3'))?._outbox?.map((e) => e.eventId)).toEqual(['eb3']);
      named.length = 0;
      const err = await badges
        .insertBatch([
          { doc: badge('b4', 'tours', 'batch-4'), events: [{ eventId: 'eb4' }] },
          { doc: badge('b5', 'tours', 'batch-1'), events: [{ eventId: 'eb5' }] },
          { doc: badge('b6', 'tours', 'batch-6') },
        ])
        .catch((e) => e);
      expect(isAppError(err) && err.status).toBe(409);
      expect(err.message).toBe('A badge "batch-1" already exists in this territory');
      expect(await badges.findById(territory('tours'), 'b4')).toMatchObject({ code: 'batch-4' });
      expect(await badges.findById(territory('tours'), 'b6')).toBeNull();
      expect(named.map((w) => w.id)).toEqual(['b4']);
    } finally {
      stop();
    }
  });

  it('When an insert-if-absent is retried, then the second is a no-op; another key clashing is a 409', async () => {
    expect(await badges.insertIfAbsent(badge('r9', 'rennes', 'code-9'))).toBe(true);
    expect(await badges.insertIfAbsent(badge('r9', 'rennes', 'code-9'))).toBe(false);
    const err = await badges.insertIfAbsent(badge('r10', 'rennes', 'code-9')).catch((e) => e);
    expect(isAppError(err) && err.status).toBe(409);
    expect(await badges.countOf(territory('rennes'), { code: 'code-9' })).toBe(1);
  });
});
