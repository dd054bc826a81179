import type { Connection } from 'mongoose';
import { connectMongo } from '@binome/persistence';
import { testServiceConfig } from '@binome/testing';
import { LOCK_WAIT_MS, PersonLocks } from './person-locks';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The person locks against the real database engine: one holder at a time, a bounded wait, takeover of an expired lease. */
describe('person locks: one holder per person, a wait bounded for all the people together', () => {
  let connection: Connection;
  let locks: PersonLocks;
  const raw = () => connection.collection('person_locks');

  beforeAll(async () => {
    const c = testServiceConfig('scheduling');
    connection = await connectMongo(c.mongo.url, c.mongo.database, c.mongo);
    locks = new PersonLocks(connection);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('When two writers lock the same person, then their work never overlaps and both get through; the locks are gone after', async () => {
    let inside = 0;
    let overlapped = false;
    const work = async () => {
      inside++;
      overlapped ||= inside > 1;
      await sleep(150);
      inside--;
      return 'done';
    };
    const results = await Promise.all([
      locks.with('rennes', ['volunteer:v1', 'beneficiary:b1'], work),
      locks.with('rennes', ['volunteer:v1', 'beneficiary:b2'], work),
    ]);
    expect({ results, overlapped }).toEqual({ results: ['done', 'done'], overlapped: false });
    expect(await raw().countDocuments({ territoryId: 'rennes' })).toBe(0);
  });

  it('When the first person frees up late and the second never does, then the caller gets 409 within one wait in all, not one per person', async () => {
    const until = new Date(Date.now() + 60_000);
    await raw().insertMany([
      { _id: 'rennes:beneficiary:b3', territoryId: 'rennes', owner: 'other', until },
      { _id: 'rennes:volunteer:v3', territoryId: 'rennes', owner: 'other', until },
    ] as never[]);
    // The first lock is released two thirds into the wait: the second must not get a fresh wait of its own.
    const release = sleep((LOCK_WAIT_MS * 2) / 3).then(() => raw().deleteOne({ _id: 'rennes:beneficiary:b3' } as never));
    const from = Date.now();
    const failed = await locks
      .with('rennes', ['beneficiary:b3', 'volunteer:v3'], async () => 'done')
      .catch((e: Error & { code?: string }) => e);
    const elapsed = Date.now() - from;
    await release;
    expect((failed as { code?: string }).code).toBe('conflict');
    expect(elapsed).toBeGreaterThanOrEqual(LOCK_WAIT_MS - 50);
    expect(elapsed).toBeLessThan(LOCK_WAIT_MS + 700);
    // What it took meanwhile is given back; the other holder's lock stays.
    expect(await raw().find({ territoryId: 'rennes' }).toArray()).toEqual([
      expect.objectContaining({ _id: 'rennes:volunteer:v3', owner: 'other' }),
    ]);
    await raw().deleteMany({ territoryId: 'rennes' });
  });

  it('When a holder crashed (its lease expired), then the next caller takes the lock over at once', async () => {
    await raw().insertOne({
      _id: 'rennes:volunteer:v4',
      territoryId: 'rennes',
      owner: 'crashed',
      until: new Date(Date.now() - 1_000),
    } as never);
    const from = Date.now();
    expect(
      await locks.with('rennes', ['volunteer:v4'], async () => (await raw().findOne({ _id: 'rennes:volunteer:v4' } as never))?.owner),
    ).not.toBe('crashed');
    expect(Date.now() - from).toBeLessThan(LOCK_WAIT_MS);
    expect(await raw().countDocuments({ territoryId: 'rennes' })).toBe(0);
  });
});
