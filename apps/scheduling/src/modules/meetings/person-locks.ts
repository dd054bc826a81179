import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { AppError } from '@binome/errors';
import { isDuplicateKey, tenantGuard } from '@binome/persistence';

interface PersonLock {
  /** `<territory>:<kind>:<person id>`. */
  _id: string;
  territoryId: string;
  owner: string;
  until: Date;
}

const PersonLockSchema = new Schema<PersonLock>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    owner: { type: String, required: true },
    until: { type: Date, required: true },
  },
  { collection: 'person_locks', versionKey: false },
);
PersonLockSchema.plugin(tenantGuard);

const LEASE_MS = 10_000;
/** The longest a caller waits for all the locks it asks for, together (not each). */
export const LOCK_WAIT_MS = 3_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Short leases on people's agendas, so that the double-booking and cap checks (a read of the
 * agendas, then an insert) cannot interleave for the same person across requests or instances: a
 * lock is a document whose `_id` is the person (the unique primary key refuses a second holder),
 * taken in a fixed order (no deadlock), released after the write, and taken over once expired (a
 * crashed holder). A caller that cannot get them all within `LOCK_WAIT_MS` gets 409, to try again.
 *
 * Under load every round trip queues on a database shared by the whole platform, so an attempt is
 * one round trip (an upsert on the key, refused by the primary key while someone else holds an
 * unexpired lease), the wait is one deadline for all the keys, and no retry starts after it.
 */
export class PersonLocks {
  private readonly model: Model<PersonLock>;

  constructor(
    connection: Connection,
    private readonly waitMs = LOCK_WAIT_MS,
  ) {
    this.model = (connection.models.PersonLock ?? connection.model('PersonLock', PersonLockSchema)) as Model<PersonLock>;
  }

  async with<T>(territoryId: string, people: readonly string[], work: () => Promise<T>): Promise<T> {
    const owner = randomUUID();
    const keys = [...new Set(people)].sort().map((p) => `${territoryId}:${p}`);
    const deadline = Date.now() + this.waitMs;
    const held: string[] = [];
    try {
      for (const key of keys) {
        await this.acquire(territoryId, key, owner, deadline);
        held.push(key);
      }
      return await work();
    } finally {
      // By primary key, one by one: the engine reads `_id: {$in: …}` as a scan.
      await Promise.all(held.map((_id) => this.model.deleteOne({ territoryId, _id, owner })));
    }
  }

  private async acquire(territoryId: string, key: string, owner: string, deadline: number): Promise<void> {
    for (let wait = 20; ; wait = Math.min(wait * 2, 200)) {
      const now = new Date();
      try {
        // Free, or its lease expired (a crashed holder): ours. Held: the upsert's insert hits the key.
        await this.model.updateOne(
          { territoryId, _id: key, until: { $lt: now } },
          { $set: { owner, until: new Date(now.getTime() + LEASE_MS) } },
          { upsert: true },
        );
        return;
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new AppError('conflict', "Someone else is changing this person's agenda; try again");
      await sleep(Math.min(wait, left));
    }
  }
}
