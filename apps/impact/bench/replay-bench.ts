// Impact's bench (`npm run bench`, target impact:bench), on the shared infrastructure:
// 1. replay throughput of the projection for a simulated year at ten times the target load
//    (150 promotions, 3,750 pairs and their events) and its ratio to a bare kafkajs consumer
//    reading the same topics in the same run;
// 2. the lag from an application's HTTP response (recruitment, its own process) to impact's
//    updated count (p50, p99).
// IMPACT_BENCH_SCALE (default 1) shrinks the year: 0.1 is fifteen promotions, a quick check.
// IMPACT_BENCH_LAG=0 leaves out the lag part (when profiling the replay alone).
// IMPACT_BENCH_PROFILE=<dir> writes a CPU profile of each consumer's reading (bare.cpuprofile,
// replay.cpuprofile; open them in Chrome's DevTools).
//   IMPACT_BENCH_SCALE=0.1 npx nx run impact:bench
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import pino from 'pino';
import { connectMongo } from '@binome/persistence';
import { ensureTopics, EventPublisher, toMessage, TOPICS } from '@binome/events';
import { startService, testKafka, testServiceConfig, uniqueId, userToken } from '@binome/testing';
import { createImpactService } from '../src/impact.service';
import { REPLAY_FETCH, replayProjection } from '../src/modules/projection/replay';
import { BENCH_ENV, PAIRS_PER_PROMOTION, PROMOTIONS, SCALE, yearOfEvents } from './year-of-events';

const logger = pino({ level: 'warn' });
const log = (m: string) => process.stdout.write(`[impact-bench] ${m}\n`);

/** Runs `f` under the CPU profiler when IMPACT_BENCH_PROFILE names a directory. */
async function profiled<T>(name: string, f: () => Promise<T>): Promise<T> {
  const dir = BENCH_ENV.IMPACT_BENCH_PROFILE;
  if (!dir) return f();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await f();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

async function bareConsumer(topics: string[]): Promise<{ messages: number; ms: number }> {
  const kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<string, bigint>();
  for (const t of topics)
    for (const p of await admin.fetchTopicOffsets(t)) if (BigInt(p.high) > 0n) ends.set(`${t}:${p.partition}`, BigInt(p.high));
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: uniqueId('impact-bench-bare-'), ...REPLAY_FETCH });
  await consumer.connect();
  for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });
  const started = Date.now();
  let messages = 0;
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachBatch: async ({ batch }) => {
          const key = `${batch.topic}:${batch.partition}`;
          const end = ends.get(key) ?? 0n;
          for (const m of batch.messages) if (BigInt(m.offset) < end) messages++;
          if (BigInt(batch.lastOffset()) + 1n >= end && ends.delete(key) && ends.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  const ms = Date.now() - started;
  await consumer.disconnect();
  return { messages, ms };
}

async function replayBench(): Promise<void> {
  const suffix = uniqueId('');
  const topics = {
    recruitment: `binome.recruitment.v1.bench-${suffix}`,
    matching: `binome.matching.v1.bench-${suffix}`,
    scheduling: `binome.scheduling.v1.bench-${suffix}`,
    impact: `binome.impact.v1.bench-${suffix}`,
  };
  const config = testServiceConfig('impact', { LOG_LEVEL: 'warn' });
  const connection = await connectMongo(config.mongo.url, config.mongo.database, config.mongo);
  const kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, Object.values(topics));
  await admin.disconnect();
  let replayed: string | undefined;
  try {
    const events = yearOfEvents(topics);
    log(
      `simulated year ×10${SCALE === 1 ? '' : ` at scale ${SCALE}`}: ${PROMOTIONS} promotions, ${PROMOTIONS * PAIRS_PER_PROMOTION} pairs, ${events.length} events; publishing…`,
    );
    const publisher = new EventPublisher(kafka);
    await publisher.connect();
    for (let i = 0; i < events.length; i += 2000)
      await publisher.send(events.slice(i, i + 2000).map(({ topic, e }) => toMessage(topic, e, {})));
    await publisher.disconnect();
    // The bare consumer reads before and after the replay (each with its own group), and the
    // faster of the two is the reference: neither a cold start nor a warmed-up JIT or page cache
    // favours the replay.
    const before = await profiled('bare', () => bareConsumer(Object.values(topics)));
    const r = await profiled('replay', () =>
      replayProjection({
        connection,
        kafka,
        logger,
        topics: Object.values(topics),
        group: `impact-bench-${suffix}`,
        swap: false,
      }),
    );
    replayed = r.pointer.database;
    const after = await bareConsumer(Object.values(topics));
    const eps = (messages: number, ms: number) => messages / (ms / 1000);
    const bare = eps(before.messages, before.ms) >= eps(after.messages, after.ms) ? before : after;
    const readEps = eps(r.messages, r.readMs);
    const totalEps = eps(r.messages, r.readMs + r.writeMs);
    const bareEps = eps(bare.messages, bare.ms);
    for (const [when, b] of [
      ['before', before],
      ['after', after],
    ] as const)
      log(
        `bare kafkajs consumer (${when} the replay): ${b.messages} messages in ${b.ms} ms = ${Math.round(eps(b.messages, b.ms))} events/s`,
      );
    log(
      `replay, reading and projecting: ${r.messages} messages (${r.applied} applied) in ${r.readMs} ms = ${Math.round(readEps)} events/s, ${(readEps / bareEps).toFixed(2)}× the bare consumer`,
    );
    log(
      `replay, end to end (facts and processed ids written into the fresh database): ${r.readMs + r.writeMs} ms = ${Math.round(totalEps)} events/s, ${(totalEps / bareEps).toFixed(2)}× the bare consumer`,
    );
  } finally {
    if (replayed)
      await connection
        .useDb(replayed)
        .dropDatabase()
        .catch(() => undefined);
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  }
}

async function lagBench(): Promise<void> {
  const runId = uniqueId('');
  const recruitment = await startService('recruitment', { MONGO_DB: `bench_recruitment_${runId}`, LOG_LEVEL: 'warn' });
  // Recruitment publishes to its own topic; impact's other topics are the bench's, empty: the
  // shared ones hold every other run's events, whose backlog a new group would read first.
  const impact = createImpactService(testServiceConfig('impact', { LOG_LEVEL: 'warn' }), logger, {
    group: `impact-bench-lag-${runId}`,
    surveysGroup: `impact-bench-lag-s-${runId}`,
    topics: {
      recruitment: TOPICS.recruitment,
      matching: `binome.matching.v1.bench-${runId}`,
      scheduling: `binome.scheduling.v1.bench-${runId}`,
      workshops: `binome.workshops.v1.bench-${runId}`,
      impact: `binome.impact.v1.bench-${runId}`,
    },
  });
  const { httpPort } = await impact.start();
  const token = await userToken('rennes', 'manager');
  const count = async () =>
    (
      (await (
        await fetch(`http://127.0.0.1:${httpPort}/v1/territories/rennes/application-count`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as { count: number }
    ).count;
  try {
    // Impact first catches up with recruitment's topic from its beginning (earlier runs on the broker).
    let last = -1;
    for (;;) {
      const c = await count();
      if (c === last) break;
      last = c;
      await new Promise((r) => setTimeout(r, 3000));
    }
    const lags: number[] = [];
    for (let i = 0; i < 60; i++) {
      const before = await count();
      const res = await fetch(`http://127.0.0.1:${recruitment.httpPort}/v1/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          territoryId: 'rennes',
          firstName: 'Bench',
          lastName: `Lag ${i}`,
          email: `bench.lag.${runId}.${i}@example.org`,
          town: 'Rennes',
          protectionStatus: 'refugee',
          languages: [{ language: 'fa', level: 'native' }],
          frenchLevel: 'B1',
          channel: 'website',
          consent: { dataProcessing: true, partnerSharing: false, noticeVersion: '2026-01' },
        }),
      });
      if (res.status !== 201) throw new Error(`POST /v1/applications answered ${res.status}`);
      const t0 = Date.now();
      while ((await count()) <= before) {
        if (Date.now() - t0 > 30_000) throw new Error('count not updated within 30 s');
        await new Promise((r) => setTimeout(r, 5));
      }
      lags.push(Date.now() - t0);
    }
    lags.sort((a, b) => a - b);
    const q = (p: number) => lags[Math.min(lags.length - 1, Math.ceil(p * lags.length) - 1)];
    log(`application → count lag over ${lags.length} applications: p50 ${q(0.5)} ms, p99 ${q(0.99)} ms (max ${lags[lags.length - 1]} ms)`);
  } finally {
    await impact
      .context()
      .connection.dropDatabase()
      .catch(() => undefined);
    await impact.stop();
    await recruitment.stop();
  }
}

replayBench()
  .then(() => (BENCH_ENV.IMPACT_BENCH_LAG === '0' ? undefined : lagBench()))
  .then(() => process.exit(0))
  .catch((e: Error) => {
    process.stderr.write(`[impact-bench] failed: ${e.stack ?? e.message}\n`);
    process.exit(1);
  });
