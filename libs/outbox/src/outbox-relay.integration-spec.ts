import { Schema, type Connection, type Model } from 'mongoose';
import pino from 'pino';
import { EVENTS, createEnvelope, decodeEnvelope, EventPublisher, type OutgoingMessage } from '@binome/events';
import { connectMongo, namespaceOf, onOutboxWrite, tenantGuard, TenantRepository } from '@binome/persistence';
import { readTopic, testKafka, testServiceConfig, uniqueId } from '@binome/testing';
import { OutboxRelay, outboxEntry, outboxPlugin } from './index';

const { CandidateErased } = EVENTS;
const logger = pino({ level: 'silent' });

interface Thing {
  _id: string;
  territoryId: string;
  status: string;
}

const ThingSchema = new Schema<Thing>({ _id: String, territoryId: String, status: String });
ThingSchema.plugin(tenantGuard);
ThingSchema.plugin(outboxPlugin);

class Things extends TenantRepository<Thing> {
  constructor(connection: Connection) {
    super(connection, 'Thing', ThingSchema);
  }
}

function erased(id: string) {
  return createEnvelope({
    type: CandidateErased,
    payload: { candidateId: id, territoryId: 'tours', erasedAt: new Date() },
    territoryId: 'tours',
    aggregateType: 'candidate',
    aggregateId: id,
    source: 'test',
  });
}

describe('OutboxRelay against the real database and Kafka', () => {
  let connection: Connection;
  let Thing: Model<Thing>;
  const publisher = new EventPublisher(testKafka());

  beforeAll(async () => {
    const c = testServiceConfig('outbox');
    connection = await connectMongo(c.mongo.url, c.mongo.database, c.mongo);
    Thing = connection.model<Thing>('Thing', ThingSchema);
    await publisher.connect();
  });

  afterAll(async () => {
    await publisher.disconnect();
    await connection.dropDatabase();
    await connection.close();
  });

  const pending = async (id: string) =>
    ((await Thing.collection.findOne({ _id: id as never }, { projection: { _outbox: 1 } }))?._outbox ?? []) as unknown[];

  it('When the process dies after the state change and before any publish, then a new relay publishes the events, in order, once removed', async () => {
    const topic = `binome.test-${uniqueId()}.v1`;
    const id = uniqueId('thing-');
    const first = erased(id);
    const second = erased(id);
    // The state change and its events in one atomic single-document write; no relay is running
    // (as if the process died right after this write).
    await Thing.create({
      _id: id,
      territoryId: 'tours',
      status: 'erased',
      _outbox: [outboxEntry(topic, first), outboxEntry(topic, second)],
    });
    expect(await pending(id)).toHaveLength(2);

    const relay = new OutboxRelay({ collections: [Thing.collection], publisher, logger });
    expect(await relay.drain()).toBe(2);

    const seen = await readTopic(topic, (s) => s.length >= 2);
    expect(seen.map((m) => decodeEnvelope(m.value).id)).toEqual([first.id, second.id]);
    expect(seen[0].key?.toString()).toBe(id);
    expect(await pending(id)).toHaveLength(0);
    expect(await relay.drain()).toBe(0);
  });

  it('When Kafka refuses the publish, then the events stay in the outbox and are published on the next pass', async () => {
    const topic = `binome.test-${uniqueId()}.v1`;
    const id = uniqueId('thing-');
    await Thing.create({ _id: id, territoryId: 'tours', status: 'x', _outbox: [outboxEntry(topic, erased(id))] });
    let fail = true;
    const flaky = {
      send: async (messages: OutgoingMessage[]) => {
        if (fail) throw new Error('broker unavailable');
        await publisher.send(messages);
      },
    };
    const relay = new OutboxRelay({ collections: [Thing.collection], publisher: flaky, logger, leaseMs: 1 });
    await expect(relay.drain()).rejects.toThrow('broker unavailable');
    expect(await pending(id)).toHaveLength(1);
    fail = false;
    await new Promise((r) => setTimeout(r, 5));
    expect(await relay.drain()).toBe(1);
    expect(await pending(id)).toHaveLength(0);
    await readTopic(topic, (s) => s.length >= 1);
  });

  it('When Kafka refuses the publish, then the lease is given back and another relay publishes at once, not after the lease', async () => {
    const topic = `binome.test-${uniqueId()}.v1`;
    const id = uniqueId('thing-');
    await Thing.create({ _id: id, territoryId: 'tours', status: 'x', _outbox: [outboxEntry(topic, erased(id))] });
    const down = { send: async () => Promise.reject(new Error('broker unavailable')) };
    const failing = new OutboxRelay({ collections: [Thing.collection], publisher: down, logger });
    await expect(failing.drain()).rejects.toThrow('broker unavailable');
    const other = new OutboxRelay({ collections: [Thing.collection], publisher, logger });
    expect(await other.drain()).toBe(1);
    expect(await pending(id)).toHaveLength(0);
    await readTopic(topic, (s) => s.length >= 1);
  });

  it('When another relay holds the lease, then this relay leaves the document alone until the lease expires', async () => {
    const topic = `binome.test-${uniqueId()}.v1`;
    const id = uniqueId('thing-');
    await Thing.create({ _id: id, territoryId: 'tours', status: 'x', _outbox: [outboxEntry(topic, erased(id))] });
    await Thing.collection.updateOne({ _id: id as never }, { $set: { _outboxLeaseUntil: new Date(Date.now() + 60_000) } });
    const relay = new OutboxRelay({ collections: [Thing.collection], publisher, logger });
    expect(await relay.drain()).toBe(0);
    await Thing.collection.updateOne({ _id: id as never }, { $set: { _outboxLeaseUntil: new Date(Date.now() - 1) } });
    expect(await relay.drain()).toBe(1);
  });

  it('When started, then the relay publishes new outbox entries by itself', async () => {
    const topic = `binome.test-${uniqueId()}.v1`;
    const relay = new OutboxRelay({ collections: [Thing.collection], publisher, logger, pollIntervalMs: 50 });
    relay.start();
    try {
      const id = uniqueId('thing-');
      await Thing.create({ _id: id, territoryId: 'tours', status: 'x', _outbox: [outboxEntry(topic, erased(id))] });
      const seen = await readTopic(topic, (s) => s.length >= 1);
      expect(decodeEnvelope(seen[0].value).aggregateId).toBe(id);
    } finally {
      await relay.stop();
    }
  });

  it('When idle, then the relay polls less and less often, and a nudge after a local write publishes at once', async () => {
    const topic = `binome.test-${uniqueId()}.v1`;
    const passes = jest.spyOn(Thing.collection, 'find');
    const relay = new OutboxRelay({ collections: [Thing.collection], publisher, logger, pollIntervalMs: 20, maxPollIntervalMs: 5_000 });
    relay.start();
    try {
      await new Promise((r) => setTimeout(r, 2_600));
      // At a fixed 20 ms that would be ~130 passes; backing off (20, 40, 80 … ms) it is 8.
      expect(passes.mock.calls.length).toBeLessThan(15);
      // The next pass is now about 2.5 s away: only the nudge makes the publish quick.
      const id = uniqueId('thing-');
      await Thing.create({ _id: id, territoryId: 'tours', status: 'x', _outbox: [outboxEntry(topic, erased(id))] });
      const written = Date.now();
      relay.nudge();
      while ((await pending(id)).length > 0) await new Promise((r) => setTimeout(r, 10));
      expect(Date.now() - written).toBeLessThan(1_000);
    } finally {
      passes.mockRestore();
      await relay.stop();
    }
  });

  it('When events are appended to one document concurrently while the relay publishes, then every event reaches Kafka', async () => {
    const topic = `binome.test-${uniqueId()}.v1`;
    const id = uniqueId('thing-');
    await Thing.create({ _id: id, territoryId: 'tours', status: 'x' });
    const relay = new OutboxRelay({ collections: [Thing.collection], publisher, logger, pollIntervalMs: 5 });
    relay.start();
    const sent = Array.from({ length: 30 }, () => erased(id));
    try {
      await Promise.all(sent.map((e) => Thing.updateOne({ _id: id, territoryId: 'tours' }, { $push: { _outbox: outboxEntry(topic, e) } })));
      const seen = await readTopic(topic, (s) => new Set(s.map((m) => decodeEnvelope(m.value).id)).size >= sent.length);
      expect(new Set(seen.map((m) => decodeEnvelope(m.value).id))).toEqual(new Set(sent.map((e) => e.id)));
    } finally {
      await relay.stop();
    }
  });

  it('When a repository write stores events, then the relay publishes that document by its id at once, without searching the outboxes', async () => {
    const topic = `binome.test-${uniqueId()}.v1`;
    const things = new Things(connection);
    // Polls far apart: only the write's own signal can make the publish quick.
    const relay = new OutboxRelay({
      collections: [Thing.collection],
      publisher,
      logger,
      pollIntervalMs: 30_000,
      maxPollIntervalMs: 60_000,
    });
    const unsubscribe = onOutboxWrite((w) => relay.nudge(w));
    relay.start();
    const searches = jest.spyOn(Thing.collection, 'find');
    try {
      await new Promise((r) => setTimeout(r, 300)); // the start's full pass is over
      searches.mockClear();
      const id = uniqueId('thing-');
      const written = Date.now();
      await things.insert({ _id: id, territoryId: 'tours', status: 'x' }, [outboxEntry(topic, erased(id))]);
      while ((await pending(id)).length > 0) await new Promise((r) => setTimeout(r, 10));
      expect(Date.now() - written).toBeLessThan(1_000);
      expect(decodeEnvelope((await readTopic(topic, (m) => m.length >= 1))[0].value).aggregateId).toBe(id);
      // A compare-and-set with events is named too.
      await things.compareAndSet({ kind: 'some', territories: ['tours'] }, id, {}, { $set: { status: 'y' } }, [
        outboxEntry(topic, erased(id)),
      ]);
      while ((await pending(id)).length > 0) await new Promise((r) => setTimeout(r, 10));
      expect(searches).not.toHaveBeenCalled();
    } finally {
      searches.mockRestore();
      unsubscribe();
      await relay.stop();
    }
  });

  it('When a nudge names another database’s document, then the relay does nothing', async () => {
    const relay = new OutboxRelay({
      collections: [Thing.collection],
      publisher,
      logger,
      pollIntervalMs: 30_000,
      maxPollIntervalMs: 60_000,
    });
    relay.start();
    await new Promise((r) => setTimeout(r, 300));
    const reads = jest.spyOn(Thing.collection, 'findOne');
    try {
      relay.nudge({ namespace: `elsewhere.${Thing.collection.collectionName}`, id: 'x' });
      await new Promise((r) => setTimeout(r, 200));
      expect(reads).not.toHaveBeenCalled();
      expect(namespaceOf(Thing.collection)).toBe(`${connection.name}.${Thing.collection.collectionName}`);
    } finally {
      reads.mockRestore();
      await relay.stop();
    }
  });

  it('When two relays are nudged for the same document at once, then its events are published once', async () => {
    const topic = `binome.test-${uniqueId()}.v1`;
    const id = uniqueId('thing-');
    await Thing.create({
      _id: id,
      territoryId: 'tours',
      status: 'x',
      _outbox: [outboxEntry(topic, erased(id)), outboxEntry(topic, erased(id))],
    });
    const sent: OutgoingMessage[] = [];
    const counting = { send: async (m: OutgoingMessage[]) => void sent.push(...m) };
    const relays = [1, 2, 3].map(
      () => new OutboxRelay({ collections: [Thing.collection], publisher: counting, logger, pollIntervalMs: 30_000 }),
    );
    relays.forEach((r) => r.start());
    try {
      await new Promise((r) => setTimeout(r, 500));
      for (const r of relays) r.nudge({ namespace: namespaceOf(Thing.collection), id });
      await new Promise((r) => setTimeout(r, 500));
      expect(await pending(id)).toHaveLength(0);
      expect(sent).toHaveLength(2);
    } finally {
      for (const r of relays) await r.stop();
    }
  });
});
