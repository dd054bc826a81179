import { Schema, type Connection, type Model } from 'mongoose';
import pino from 'pino';
import { connectMongo } from '@binome/persistence';
import { eventually, testServiceConfig, uniqueId } from '@binome/testing';
import { LeasedDispatcher, pendingItem, retryDelay, type DeliveryOutcome, type LeasedItem } from './index';

const logger = pino({ level: 'silent' });

interface Job extends LeasedItem {
  topic: string;
}

const JobSchema = new Schema<Job>(
  {
    _id: String,
    topic: String,
    status: String,
    attempts: Number,
    nextAttemptAt: Date,
    leaseUntil: Date,
    leaseOwner: String,
    lastAttemptAt: Date,
    lastError: String,
    doneAt: Date,
  },
  { versionKey: false },
);

describe('LeasedDispatcher against the real database', () => {
  let connection: Connection;
  let Jobs: Model<Job>;
  const options = { name: 'test', pollMs: 20, maxPollMs: 50, retryBaseMs: 20, retryMaxMs: 40, maxAttempts: 3 };

  beforeAll(async () => {
    const c = testServiceConfig('outbox');
    connection = await connectMongo(c.mongo.url, c.mongo.database, c.mongo);
    Jobs = connection.model<Job>('Job', JobSchema);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const add = async (topic: string, n: number, dueAt = new Date()) => {
    const ids = Array.from({ length: n }, () => uniqueId(`${topic}-`));
    await Jobs.insertMany(ids.map((_id) => ({ _id, topic, ...pendingItem(dueAt) })));
    return ids;
  };
  const of = (topic: string) => Jobs.find({ topic }).lean<Job[]>();

  it('When two instances share a collection, then each due item is sent exactly once and a future one waits', async () => {
    const topic = uniqueId('shared-');
    const ids = await add(topic, 30);
    const [later] = await add(`${topic}-later`, 1, new Date(Date.now() + 3_600_000));
    const sent: string[] = [];
    const send = async (j: Job): Promise<DeliveryOutcome> => {
      await new Promise((r) => setTimeout(r, 5));
      sent.push(j._id);
      return { outcome: 'sent' };
    };
    const a = new LeasedDispatcher<Job>(Jobs.collection as never, send, options, logger);
    const b = new LeasedDispatcher<Job>(Jobs.collection as never, send, options, logger);
    a.start();
    b.start();
    await eventually(async () => ((await of(topic)).every((j) => j.status === 'sent') ? true : undefined), 20_000, 'all sent');
    await Promise.all([a.stop(), b.stop()]);
    expect(sent.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    expect(sent).not.toContain(later);
    expect((await of(topic)).map((j) => ({ attempts: j.attempts, leaseOwner: j.leaseOwner }))).toEqual(
      ids.map(() => ({ attempts: 1, leaseOwner: '' })),
    );
  });

  it('When sending fails, then it is retried with back-off and marked failed after maxAttempts; a cancelled one is not retried', async () => {
    const topic = uniqueId('failing-');
    const [failing, cancelled] = await add(topic, 2);
    const attempts: number[] = [];
    const d = new LeasedDispatcher<Job>(
      Jobs.collection as never,
      async (j) => {
        if (j._id === cancelled) return { outcome: 'cancelled', reason: 'nothing to send' };
        attempts.push(Date.now());
        throw new Error('SMTP 451');
      },
      options,
      logger,
    );
    d.start();
    await eventually(async () => ((await of(topic)).every((j) => j.status !== 'pending') ? true : undefined), 20_000, 'settled');
    await d.stop();
    const jobs = Object.fromEntries((await of(topic)).map((j) => [j._id, j]));
    expect(jobs[failing]).toMatchObject({ status: 'failed', attempts: 3, lastError: 'Error: SMTP 451' });
    expect(jobs[cancelled]).toMatchObject({ status: 'cancelled', attempts: 0, lastError: 'nothing to send' });
    expect(attempts).toHaveLength(3);
    // Each retry waited at least the back-off's lower bound (base × 2^(n-1), −20 % jitter).
    expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(16);
    expect(attempts[2] - attempts[1]).toBeGreaterThanOrEqual(32);
  });

  it('When the back-off is computed, then it doubles from the base up to the cap, within ±20 %', () => {
    expect([1, 2, 3, 4, 10].map((n) => retryDelay(n, 1_000, 5_000, () => 0.5))).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
    expect(retryDelay(1, 1_000, 5_000, () => 0)).toBe(800);
    expect(retryDelay(1, 1_000, 5_000, () => 1)).toBe(1_200);
  });
});
