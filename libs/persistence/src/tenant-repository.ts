import { mongo, type Connection, type FilterQuery, type Model, type Schema, type UpdateQuery } from 'mongoose';
import sift from 'sift';
import { conflict } from '@binome/errors';
import { namespaceOf, outboxWritten } from './outbox-signal';
import { scoped, type TenantScope } from './tenant';

/** A query filter on a collection's documents (mongoose's, re-exported so use cases need not import mongoose). */
export type Filter<T> = FilterQuery<T>;
/** An update of a collection's documents ($set, $push…). */
export type Update<T> = UpdateQuery<T>;
/**
 * What the base's methods take as filters and updates: any object (a `Filter<Concrete>` built by a
 * subclass or a use case is one). Mongoose's own types instantiated over the base's generic T
 * exhaust the compiler; subclasses type their filters with `Filter<TheirDocument>`.
 */
export type Conditions = Record<string, unknown>;

/** A window of a list and its order (ties broken by `_id`, so pages never overlap). */
export interface Paging {
  skip: number;
  limit: number;
  sort: Record<string, 1 | -1>;
}

export interface Found<T> {
  items: T[];
  total: number;
}

/** An event stored in the changed document, published by the outbox relay (@binome/outbox's OutboxEntry; opaque here). */
export type PendingEvent = object;

/** Is this the database's duplicate-key error (a unique index refused the write)? */
export const isDuplicateKey = (e: unknown): boolean => e instanceof mongo.MongoServerError && e.code === 11000;

interface TenantDocument {
  _id: string;
  territoryId: string | readonly string[];
}

export interface TenantRepositoryOptions<T> {
  /** The 409 message when a unique index refuses an insert ("a promotion named … already exists"). */
  duplicate?: (doc: T) => string;
}

/**
 * The base of every repository: plain objects in and out, a tenant scope on every call (`scoped()`
 * adds the territory filter, the tenant guard refuses a query without one), and the four things
 * every collection needs written once — find by id, search with paging, insert with its events
 * (a duplicate key is a 409, here only), and compare-and-set. The mongoose model stays inside:
 * use cases call the repository's methods, never a model.
 *
 * Compare-and-set has one meaning everywhere: the filter states the expected state (a revision, a
 * status, a territory list), and the write happened exactly when a document matched it. That is
 * `matchedCount`, not `modifiedCount`: an update that sets a value already there matched, and is
 * applied. Atomic on one document on MongoDB and on the embedded engine alike.
 */
export abstract class TenantRepository<T extends TenantDocument> {
  protected readonly model: Model<T>;

  protected constructor(
    connection: Connection,
    name: string,
    schema: Schema,
    private readonly options: TenantRepositoryOptions<T> = {},
  ) {
    this.model = (connection.models[name] ?? connection.model(name, schema)) as unknown as Model<T>;
  }

  /**
   * The model without its document type, for the base's own queries: mongoose's filter and update
   * types instantiated over a generic T exhaust the compiler, so the base works on plain records
   * and the public signatures carry T.
   */
  private get raw(): Model<Record<string, unknown>> {
    return this.model as unknown as Model<Record<string, unknown>>;
  }

  /** The driver collection, for the outbox relay (which spans territories by design). */
  get collection(): mongo.Collection {
    return this.model.collection as unknown as mongo.Collection;
  }

  /**
   * `extra` narrows the scope further (a reach's filter: self, own company…), `$and`-ed so an id can
   * never replace it.
   *
   * The document is fetched by its `_id` alone, then kept only if it matches the scoped filter
   * (MongoDB's query semantics in process, by `sift`, the matcher mongoose itself uses): the
   * embedded engine serves only a filter of exactly `{_id}` from an index and scans the whole
   * collection for `{$and: [territory, …, {_id}]}`, on every read by id. The decision is the same
   * filter as before, made here instead of in the engine; a document outside the scope is never
   * returned (tenant-repository.integration-spec.ts).
   */
  async findById(scope: TenantScope, id: string, extra: Conditions = {}): Promise<T | null> {
    if (typeof id !== 'string') return null; // an operator object in place of an id matches nothing
    const doc = (await this.raw.findOne({ _id: id }).setOptions({ crossTenant: true }).lean()) as T | null;
    return doc && inScope(scope, extra, doc) ? doc : null;
  }

  async findOne(scope: TenantScope, filter: Conditions): Promise<T | null> {
    return (await this.raw.findOne(scoped(scope, filter)).lean()) as T | null;
  }

  /** A page of the documents matching `filter` and `extra` (a reach), and how many match in all. */
  async findPage(scope: TenantScope, filter: Conditions, paging: Paging, extra: Conditions = {}): Promise<Found<T>> {
    const f = scoped(scope, { $and: [filter, extra] });
    const [items, total] = await Promise.all([
      this.raw.find(f).sort(withIdTieBreak(paging.sort)).skip(paging.skip).limit(paging.limit).lean(),
      this.raw.countDocuments(f),
    ]);
    return { items: items as unknown as T[], total };
  }

  /** Every match up to `max` (exports); none when there are more, so the caller asks to narrow. */
  async all(scope: TenantScope, filter: Conditions, sort: Record<string, 1 | -1>, max: number): Promise<Found<T>> {
    const f = scoped(scope, filter);
    const total = await this.raw.countDocuments(f);
    const items = total > max ? [] : await this.raw.find(f).sort(withIdTieBreak(sort)).lean();
    return { items: items as unknown as T[], total };
  }

  async findMany(scope: TenantScope, filter: Conditions, sort: Record<string, 1 | -1> = {}): Promise<T[]> {
    return (await this.raw.find(scoped(scope, filter)).sort(withIdTieBreak(sort)).lean()) as unknown as T[];
  }

  async countOf(scope: TenantScope, filter: Conditions = {}): Promise<number> {
    return this.raw.countDocuments(scoped(scope, filter));
  }

  /** The ids among `ids` that exist in the scope. */
  async existingIds(scope: TenantScope, ids: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(ids)].filter((id): id is string => typeof id === 'string');
    if (wanted.length === 0) return new Set();
    // One indexed read per id (the engine scans for `_id: {$in}` and for any filter beside `_id`), the scope checked on each.
    const found = await Promise.all(
      wanted.map(async (id) => {
        const doc = await this.raw.findOne({ _id: id }, { _id: 1, territoryId: 1 }).setOptions({ crossTenant: true }).lean();
        return doc && inScope(scope, {}, doc) ? id : undefined;
      }),
    );
    return new Set(found.filter((id): id is string => id !== undefined));
  }

  /**
   * Stores a new document and its events in one atomic write (the outbox lives in the document).
   * A unique index refusing it is a 409 with the repository's message.
   */
  async insert(doc: T, events: readonly PendingEvent[] = []): Promise<void> {
    try {
      await this.raw.create(withOutbox(doc, events));
    } catch (e) {
      if (isDuplicateKey(e)) throw conflict(this.options.duplicate?.(doc) ?? 'A record with the same key already exists');
      throw e;
    }
    if (events.length) this.written(doc._id);
  }

  /**
   * Stores several new documents, each with its events, in one command (in order; each document is
   * atomic with its own events, as with `insert`). A unique index refusing one is a 409 with the
   * repository's message; the documents before it are stored, as a loop of inserts would leave them.
   */
  async insertBatch(items: readonly { doc: T; events?: readonly PendingEvent[] }[]): Promise<void> {
    if (items.length === 0) return;
    const named = (stored: typeof items) => {
      for (const { doc, events = [] } of stored) if (events.length) this.written(doc._id);
    };
    try {
      await this.raw.insertMany(
        items.map(({ doc, events = [] }) => withOutbox(doc, events)),
        { ordered: true },
      );
    } catch (e) {
      // In order: the documents before the first refused one are stored, with their events (when
      // the error names no position, the relay's polls find whatever was stored).
      const failed = (e as { writeErrors?: { index?: number; err?: { index?: number } }[] }).writeErrors?.[0];
      const at = failed?.index ?? failed?.err?.index;
      if (at !== undefined) named(items.slice(0, at));
      if (isDuplicateKey(e)) {
        const refused = items[at ?? 0]?.doc ?? items[0].doc;
        throw conflict(this.options.duplicate?.(refused) ?? 'A record with the same key already exists');
      }
      throw e;
    }
    named(items);
  }

  /**
   * Stores the document with its events unless one with its id exists: false when it existed (an
   * idempotent create whose id the caller chose beforehand — a retried import row, a referral
   * recorded in its candidate first). The whole document is written, exactly as `insert` writes it.
   */
  async insertIfAbsent(doc: T, events: readonly PendingEvent[] = []): Promise<boolean> {
    try {
      await this.raw.create(withOutbox(doc, events));
      if (events.length) this.written(doc._id);
      return true;
    } catch (e) {
      if (isDuplicateKey(e) && (await this.raw.exists(scoped({ kind: 'all' }, { _id: doc._id })))) return false;
      throw isDuplicateKey(e) ? conflict(this.options.duplicate?.(doc) ?? 'A record with the same key already exists') : e;
    }
  }

  /**
   * Applies `update` (and appends `events` to the document's outbox in the same write) only if the
   * document is in the scope and still matches `expected`. True when it was applied.
   */
  async compareAndSet(
    scope: TenantScope,
    id: string,
    expected: Conditions,
    update: Conditions,
    events: readonly PendingEvent[] = [],
  ): Promise<boolean> {
    const u = events.length ? withEvents(update, events) : update;
    const res = await this.raw.updateOne(oneDocument(scope, id, expected), u);
    const applied = res.matchedCount === 1;
    if (applied && carriesEvents(u)) this.written(id);
    return applied;
  }

  /** Tells this process's outbox relay which document has new events (see outbox-signal.ts). */
  private written(id: string): void {
    outboxWritten({ namespace: namespaceOf(this.collection), id });
  }
}

/**
 * The filter of one document in the scope, still matching `expected`. For one territory and an
 * `expected` of plain fields it is written flat, `{territoryId, _id, …expected}` (the same
 * conjunction as `scoped` writes it), so that `{territoryId, _id}` alone, a compare-and-set that
 * expects nothing more, is served by the `territory_id` index on the embedded engine; any other
 * scope or an operator at the top keeps the nested form.
 */
export function oneDocument(scope: TenantScope, id: string, expected: Conditions = {}): Conditions {
  const keys = Object.keys(expected);
  const flat =
    scope.kind === 'some' && scope.territories.length === 1 && keys.every((k) => !k.startsWith('$') && k !== '_id' && k !== 'territoryId');
  return flat ? { territoryId: scope.territories[0], _id: id, ...expected } : scoped(scope, { $and: [expected, { _id: id }] });
}

/** The document as stored: with its events in its outbox, when it has some. */
function withOutbox<T>(doc: T, events: readonly PendingEvent[]): Record<string, unknown> {
  return events.length ? { ...(doc as Record<string, unknown>), _outbox: events } : (doc as Record<string, unknown>);
}

/** Does `doc` match `filter` within `scope`, by MongoDB's query semantics (the tenant filter first, as `scoped` writes it)? */
function inScope(scope: TenantScope, filter: Conditions, doc: object): boolean {
  return sift(scoped(scope, filter) as Parameters<typeof sift>[0])(doc);
}

/** Does the update append to the outbox (events passed, or a `$push._outbox` of its own, as referrals' change)? */
function carriesEvents(update: Record<string, unknown>): boolean {
  const push = update.$push as Record<string, unknown> | undefined;
  return !!push && '_outbox' in push;
}

function withIdTieBreak(sort: Record<string, 1 | -1>): Record<string, 1 | -1> {
  return '_id' in sort ? sort : { ...sort, _id: 1 };
}

function withEvents(update: Record<string, unknown>, events: readonly PendingEvent[]): Record<string, unknown> {
  const push = (update.$push ?? {}) as Record<string, unknown>;
  if ('_outbox' in push) throw new Error('compareAndSet: pass events as its argument, not in $push._outbox');
  return { ...update, $push: { ...push, _outbox: { $each: [...events] } } };
}
