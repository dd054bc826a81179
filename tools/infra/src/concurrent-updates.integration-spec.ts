import { mongo } from 'mongoose';
import { uniqueId } from '@binome/testing';

// The database the infra script started (BINOME_DB_ENGINE, at MONGO_URL) must apply concurrent
// updates of one document atomically across connections: capacity, compare-and-set revisions,
// outbox leases and processed-event records rest on it. FerretDB 1.24 on SQLite fails this.
const url = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27027';
const CONNECTIONS = 20;
const UPDATES = 200;

interface Counter {
  _id: string;
  n: number;
}
interface Revisioned {
  _id: string;
  rev: number;
  by?: number;
}

describe(`the infrastructure's MongoDB-protocol database (${url})`, () => {
  const clients: mongo.MongoClient[] = [];
  const dbName = `test_infra_${uniqueId('')}`;

  beforeAll(async () => {
    // Twenty clients of one connection each: twenty connections for certain, not a pool that may
    // serve every command on a few.
    for (let i = 0; i < CONNECTIONS; i++) clients.push(await new mongo.MongoClient(url, { maxPoolSize: 1, retryWrites: false }).connect());
  });

  afterAll(async () => {
    await clients[0]?.db(dbName).dropDatabase();
    await Promise.all(clients.map((c) => c.close()));
  });

  it(`keeps every one of ${UPDATES} concurrent $inc of one document over ${CONNECTIONS} connections`, async () => {
    const counters = (i: number) => clients[i % CONNECTIONS].db(dbName).collection<Counter>('counters');
    await counters(0).insertOne({ _id: 'c', n: 0 });
    await Promise.all(Array.from({ length: UPDATES }, (_, i) => counters(i).updateOne({ _id: 'c' }, { $inc: { n: 1 } })));
    expect(await counters(0).findOne({ _id: 'c' })).toEqual({ _id: 'c', n: UPDATES });
  });

  it('lets exactly one of concurrent compare-and-set updates of one revision win, round after round', async () => {
    const docs = (i: number) => clients[i].db(dbName).collection<Revisioned>('revisions');
    await docs(0).insertOne({ _id: 'd', rev: 0 });
    for (let rev = 0; rev < 5; rev++) {
      const results = await Promise.all(clients.map((_, i) => docs(i).updateOne({ _id: 'd', rev }, { $set: { rev: rev + 1, by: i } })));
      expect(results.reduce((n, r) => n + r.modifiedCount, 0)).toBe(1);
    }
    expect(await docs(0).findOne({ _id: 'd' })).toMatchObject({ rev: 5 });
  });
});
