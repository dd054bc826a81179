// Impact's bench (`npm run bench`, target impact:bench), on the shared infrastructure:
// 1. replay throughput of the projection for a simulated year at ten times the target load
//    (150 promotions, 3,750 pairs and their events) and its ratio to a bare kafkajs consumer
//    reading the same topics in the same run;
// 2. the lag from an application's HTTP response (recruitment, its own process) to impact's
//    updated count (p50, p99).
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { connectMongo } from '@binome/persistence';
import { createEnvelope, ensureTopics, EventPublisher, EVENTS, toMessage, type EventEnvelope } from '@binome/events';
import { startService, testKafka, testServiceConfig, uniqueId, userToken } from '@binome/testing';
import { createImpactService } from '../src/impact.service';
import { replayProjection } from '../src/modules/projection/replay';
import { PromotionEvents, daysAfter, daysAgo } from '../src/testing/promotion-events';

const logger = pino({ level: 'warn' });
const log = (m: string) => process.stdout.write(`[impact-bench] ${m}\n`);
const TERRITORIES = ['paris', 'rennes', 'tours', 'orleans', 'strasbourg', 'gironde'];
const PROMOTIONS = 150;
const PAIRS_PER_PROMOTION = 25;

function yearOfEvents(topics: Record<'recruitment' | 'matching' | 'scheduling' | 'impact', string>) {
  const out: { topic: string; e: EventEnvelope }[] = [];
  for (let p = 0; p < PROMOTIONS; p++) {
    const t = TERRITORIES[p % TERRITORIES.length];
    const promo = new PromotionEvents(t, `bench-promo-${p}`);
    const start = daysAgo(200 + (p % 120));
    for (let i = 0; i < PAIRS_PER_PROMOTION; i++) {
      const c = randomUUID();
      const v = randomUUID();
      const pairId = randomUUID();
      for (const e of promo.intake(c, ['screened', 'interviewed', 'admitted'])) out.push({ topic: topics.recruitment, e });
      out.push({ topic: topics.recruitment, e: promo.volunteer(v, `company-${i % 5}`) });
      for (const e of promo.pair({
        pairId,
        beneficiaryId: c,
        volunteerId: v,
        start,
        konnecteurId: `ref-${p}-${i % 7}`,
        end: { at: daysAfter(start, 183), as: 'completed' },
      }))
        out.push({ topic: topics.matching, e });
      for (let k = 0; k < 10; k++)
        for (const e of promo.meeting(randomUUID(), pairId, 'held', daysAfter(start, 10 + 15 * k)))
          out.push({ topic: topics.scheduling, e });
      for (const [respondent, wave] of [
        ['beneficiary', 'T0'],
        ['beneficiary', 'T3'],
        ['beneficiary', 'T6'],
        ['beneficiary', 'T12'],
        ['volunteer', 'T6'],
      ] as const)
        out.push({
          topic: topics.impact,
          e: createEnvelope({
            type: EVENTS.SurveyAnswered,
            payload: {
              responseId: `${pairId}:${respondent}:${wave}`,
              territoryId: t,
              promotionId: promo.promotionId,
              pairId,
              personId: respondent === 'beneficiary' ? c : v,
              respondent,
              wave,
              questionnaireId: respondent === 'beneficiary' ? 'beneficiary-core' : 'volunteer-end',
              questionnaireVersion: 1,
              answers: [{ questionId: respondent === 'beneficiary' ? 'network' : 'wouldDoAgain', number: i % 10 ? 1 : 0, choices: [] }],
              answeredAt: new Date(),
              dueOn: '2026-01-01',
            },
            territoryId: t,
            aggregateType: 'pair',
            aggregateId: pairId,
            source: 'impact',
          }),
        });
      out.push({
        topic: topics.impact,
        e: createEnvelope({
          type: EVENTS.OutcomeRecorded,
          payload: {
            outcomeId: randomUUID(),
            territoryId: t,
            promotionId: promo.promotionId,
            pairId,
            beneficiaryId: c,
            kind: i % 2 ? 'permanent-contract' : 'none',
            startedOn: '2026-01-01',
            evidenceProvided: false,
            recordedAt: new Date(),
          },
          territoryId: t,
          aggregateType: 'pair',
          aggregateId: pairId,
          source: 'impact',
        }),
      });
    }
  }
  return out;
}

async function bareConsumer(topics: string[]): Promise<{ messages: number; ms: number }> {
  const kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<string, bigint>();
  for (const t of topics)
    for (const p of await admin.fetchTopicOffsets(t)) if (BigInt(p.high) > 0n) ends.set(`${t}:${p.partition}`, BigInt(p.high));
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: uniqueId('impact-bench-bare-'), maxBytes: 50 * 1024 * 1024 });
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
    log(`simulated year ×10: ${PROMOTIONS} promotions, ${PROMOTIONS * PAIRS_PER_PROMOTION} pairs, ${events.length} events; publishing…`);
    const publisher = new EventPublisher(kafka);
    await publisher.connect();
    for (let i = 0; i < events.length; i += 2000)
      await publisher.send(events.slice(i, i + 2000).map(({ topic, e }) => toMessage(topic, e, {})));
    await publisher.disconnect();
    const bare = await bareConsumer(Object.values(topics));
    const r = await replayProjection({
      connection,
      kafka,
      logger,
      topics: Object.values(topics),
      group: `impact-bench-${suffix}`,
      swap: false,
    });
    replayed = r.pointer.database;
    const readEps = r.messages / (r.readMs / 1000);
    const totalEps = r.messages / ((r.readMs + r.writeMs) / 1000);
    const bareEps = bare.messages / (bare.ms / 1000);
    log(`bare kafkajs consumer: ${bare.messages} messages in ${bare.ms} ms = ${Math.round(bareEps)} events/s`);
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
  const impact = createImpactService(testServiceConfig('impact', { LOG_LEVEL: 'warn' }), logger, {
    group: `impact-bench-lag-${runId}`,
    surveysGroup: `impact-bench-lag-s-${runId}`,
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
  .then(lagBench)
  .then(() => process.exit(0))
  .catch((e: Error) => {
    process.stderr.write(`[impact-bench] failed: ${e.stack ?? e.message}\n`);
    process.exit(1);
  });
