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
const WAIT_MS = 3_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Short leases on people's agendas, so that the double-booking and cap checks (a read of the
 * agendas, then an insert) cannot interleave for the same person across requests or instances: a
 * lock is a document whose `_id` is the person (the unique primary key refuses a second holder),
 * taken in a fixed order (no deadlock), released after the write, and taken over once expired (a
 * crashed holder). A caller that cannot get it within a few seconds gets 409, to try again.
 */
export class PersonLocks {
  private readonly model: Model<PersonLock>;

  constructor(connection: Connection) {
    this.model = (connection.models.PersonLock ?? connection.model('PersonLock', PersonLockSchema)) as Model<PersonLock>;
  }

  async with<T>(territoryId: string, people: readonly string[], work: () => Promise<T>): Promise<T> {
    const owner = randomUUID();
    const keys = [...new Set(people)].sort().map((p) => `${territoryId}:${p}`);
    const held: string[] = [];
    try {
      for (const key of keys) {
        await this.acquire(territoryId, key, owner);
        held.push(key);
      }
      return await work();
    } finally {
      if (held.length) await this.model.deleteMany({ territoryId, _id: { $in: held }, owner });
    }
  }

  private async acquire(territoryId: string, key: string, owner: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    for (let wait = 20; ; wait = Math.min(wait * 2, 200)) {
      const until = new Date(Date.now() + LEASE_MS);
      try {
        await this.model.create({ _id: key, territoryId, owner, until });
        return;
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
      }
      const taken = await this.model.updateOne({ territoryId, _id: key, until: { $lt: new Date() } }, { $set: { owner, until } });
      if (taken.matchedCount === 1) return;
      if (Date.now() > deadline) throw new AppError('conflict', "Someone else is changing this person's agenda; try again");
      await sleep(wait);
    }
  }
}
