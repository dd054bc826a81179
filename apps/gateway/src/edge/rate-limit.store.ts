import type { Connection, mongo } from 'mongoose';
import type { Logger } from '@binome/logging';
import type { WindowCounters } from './rate-limit';

interface WindowDocument {
  _id: string;
  count: number;
  expiresAt: Date;
}

const DUPLICATE_KEY = 11000;

/**
 * Request counters shared by the gateway instances, in the gateway's own database: one document
 * per client, policy and window (`_id` = `<policy>:<hashed client>:<window index>`).
 *
 * What this relies on: a single-document `$inc` with upsert is atomic on MongoDB, so concurrent
 * requests through any number of instances are all counted (two first requests racing on the
 * upsert: one inserts, the other gets a duplicate key and is retried as a plain increment).
 * FerretDB 1.x on SQLite applies updates as read-modify-write without isolation (issue 11): two
 * instances can lose concurrent increments of one document, which under-counts (the limit is
 * lenient, never stricter than configured). Windows expire through a TTL index on MongoDB;
 * FerretDB 1.x has no TTL indexes, so `sweep()` deletes expired windows there.
 */
export class RateLimitStore implements WindowCounters {
  private readonly collection: mongo.Collection<WindowDocument>;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(connection: Connection) {
    if (!connection.db) throw new Error('the database connection is not open');
    this.collection = connection.db.collection<WindowDocument>('rate_limit_windows');
  }

  /** Creates the TTL index; where the engine has none, sweeps expired windows every `sweepMs`. */
  async start(logger: Logger, sweepMs = 60_000): Promise<void> {
    try {
      await this.collection.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 });
    } catch (e) {
      logger.info({ detail: (e as Error).message }, 'no TTL index for rate-limit windows: expired windows are swept by the gateway');
      this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), sweepMs);
      this.sweeper.unref();
    }
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /** Counts one request in the window; the count after it. */
  async hit(id: string, expiresAt: Date): Promise<number> {
    const update = { $inc: { count: 1 }, $setOnInsert: { expiresAt } };
    try {
      const doc = await this.collection.findOneAndUpdate({ _id: id }, update, { upsert: true, returnDocument: 'after' });
      return doc?.count ?? 1;
    } catch (e) {
      if ((e as { code?: number }).code !== DUPLICATE_KEY) throw e;
      const doc = await this.collection.findOneAndUpdate({ _id: id }, update, { upsert: true, returnDocument: 'after' });
      return doc?.count ?? 1;
    }
  }

  /** A window's count (0 when it has no document). */
  async count(id: string): Promise<number> {
    return (await this.collection.findOne({ _id: id }))?.count ?? 0;
  }

  async sweep(now = new Date()): Promise<number> {
    return (await this.collection.deleteMany({ expiresAt: { $lt: now } })).deletedCount;
  }
}
