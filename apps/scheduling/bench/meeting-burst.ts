/**
 * Focused driver for the logged-meetings timeouts seen at the load profile's tick 4: scheduling
 * alone, in process, on its own database and topic; P pairs sharing V volunteers; a burst of C
 * concurrent logged meetings, timed end to end, with where each request's database time went (the
 * driver's pool wait and each command, by name and collection). `tsx apps/scheduling/bench/meeting-burst.ts`
 * (BURST_PAIRS, BURST_VOLUNTEERS, BURST_CONCURRENCY, BURST_ROUNDS, BURST_BACKGROUND: meetings per pair logged first).
 */
import mongoose from 'mongoose';
import pino from 'pino';
import { z } from 'zod';
import { loadEnv } from '@binome/config';
import { createEnvelope, EVENTS, EventPublisher, type EventEnvelope } from '@binome/events';
import { startFakeRecruitment } from '@binome/grpc/testing';
import {
  eventually,
  startInProcess,
  stopInProcess,
  testKafka,
  testServiceConfig,
  testServiceEnv,
  tokensOf,
  uniqueId,
} from '@binome/testing';
import { loadSchedulingConfig } from '../src/scheduling.config';
import { createSchedulingService } from '../src/scheduling.service';

const { PairConfirmed, PairActivated } = EVENTS;
const count = (d: number) => z.coerce.number().int().min(0).default(d);
const {
  BURST_PAIRS: PAIRS,
  BURST_VOLUNTEERS: VOLUNTEERS,
  BURST_CONCURRENCY: CONCURRENCY,
  BURST_ROUNDS: ROUNDS,
  BURST_BACKGROUND: BACKGROUND,
  BURST_NOISE: NOISE,
  BURST_NO_MAIL: NO_MAIL,
} = loadEnv({
  BURST_PAIRS: count(24),
  BURST_VOLUNTEERS: count(3),
  BURST_CONCURRENCY: count(24),
  BURST_ROUNDS: count(3),
  BURST_BACKGROUND: count(0).describe('meetings per pair logged before the measured rounds'),
  BURST_NOISE: count(0).describe("clients scanning a 20,000-document collection beside, on the service's pool, as its consumers do"),
  BURST_NO_MAIL: z.string().optional(),
});
const DAY = 86_400_000;

const pct = (xs: number[], p: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : 0;

async function main() {
  // Command events for the service's own pool (connectMongo does not ask for them).
  const createConnection = mongoose.createConnection.bind(mongoose);
  mongoose.createConnection = ((uri: string, options: mongoose.ConnectOptions = {}) =>
    createConnection(uri, { ...options, monitorCommands: true })) as typeof mongoose.createConnection;
  const logger = pino({ level: 'silent' });
  const topic = `binome.matching.v1.burst-${uniqueId()}`;
  const base = testServiceConfig('scheduling');
  const fake = await startFakeRecruitment(base, logger);
  // As in the load profile: the email dispatcher runs (SMTP_URL, by default the catcher of `npm start`).
  const env = testServiceEnv('scheduling', { HTTP_PORT: '0', GRPC_PORT: '0', PEERS: `recruitment=${fake.address}` });
  const config = NO_MAIL ? testServiceConfig('scheduling', { PEERS: `recruitment=${fake.address}` }) : loadSchedulingConfig(env);
  const service = createSchedulingService(config, logger, {
    pairsGroup: `scheduling-pairs-burst-${uniqueId()}`,
    matchingTopic: topic,
    recruitmentGroup: `scheduling-recruitment-burst-${uniqueId()}`,
    recruitmentTopic: `binome.recruitment.v1.burst-${uniqueId()}`,
    surveysGroup: `scheduling-surveys-burst-${uniqueId()}`,
    impactTopic: `binome.impact.v1.burst-${uniqueId()}`,
  });
  const { api } = await startInProcess(service);
  const client = service.context().connection.getClient();
  // Every command of the round (the burst, and the service's own pollers and consumers beside it).
  let commands: Record<string, { n: number; ms: number; max: number }> = {};
  let checkouts: number[] = [];
  const started = new Map<number, { t: number; key: string }>();
  client.on('commandStarted', (e) => {
    const coll = (e.command as Record<string, unknown>)[e.commandName];
    started.set(e.requestId, { t: performance.now(), key: `${e.commandName} ${typeof coll === 'string' ? coll : ''}` });
  });
  const ended = (e: { requestId: number }) => {
    const s = started.get(e.requestId);
    started.delete(e.requestId);
    if (!s) return;
    const ms = performance.now() - s.t;
    const c = (commands[s.key] ??= { n: 0, ms: 0, max: 0 });
    c.n++;
    c.ms += ms;
    c.max = Math.max(c.max, ms);
  };
  client.on('commandSucceeded', ended);
  client.on('commandFailed', ended);
  client.on('connectionCheckedOut', (e) => checkouts.push(e.durationMS));
  client.on('connectionCheckOutFailed', (e) => checkouts.push(e.durationMS));

  const publisher = new EventPublisher(testKafka());
  await publisher.connect();
  const { manager } = await tokensOf({ manager: ['rennes', 'manager'] });
  const promotionId = uniqueId('promo-');
  const volunteers = Array.from({ length: VOLUNTEERS }, () => uniqueId('v-'));
  const pairs = Array.from({ length: PAIRS }, (_, i) => ({ id: uniqueId('pair-'), b: uniqueId('b-'), v: volunteers[i % VOLUNTEERS] }));
  const ev = <T>(type: Parameters<typeof createEnvelope<T>>[0]['type'], pairId: string, payload: T): EventEnvelope =>
    createEnvelope({ type, payload, territoryId: 'rennes', aggregateType: 'pair', aggregateId: pairId, source: 'matching' });
  await publisher.publish(
    topic,
    pairs.flatMap((p) => {
      const people = { pairId: p.id, territoryId: 'rennes', promotionId, beneficiaryId: p.b, volunteerId: p.v };
      return [ev(PairConfirmed, p.id, people), ev(PairActivated, p.id, people)];
    }),
  );
  for (const p of pairs)
    await eventually(
      async () =>
        (await fetch(`${api}/v1/pairs/${p.id}/health`, { headers: { authorization: `Bearer ${manager}` } })).ok ? true : undefined,
      60_000,
      `pair ${p.id}`,
    );

  let slot = 0;
  const log = async (pairId: string) => {
    const t0 = performance.now();
    // Distinct quarter hours over the past weeks: no double booking, the cap is not reached.
    const startsAt = new Date(Math.floor((Date.now() - 30 * DAY) / 900_000) * 900_000 + ++slot * 3 * 3_600_000);
    const res = await fetch(`${api}/v1/pairs/${pairId}/logged-meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager}`, 'content-type': 'application/json' },
      body: JSON.stringify({ startsAt, durationMinutes: 30, place: 'workplace', topics: ['cv'] }),
    }).then(async (r) => ({ status: r.status, body: await r.text() }));
    const detail = res.status >= 300 ? String((JSON.parse(res.body) as { detail?: string }).detail) : '';
    return { ms: performance.now() - t0, status: res.status, detail };
  };
  const burst = async (n: number) => {
    const queue = Array.from({ length: n }, (_, i) => pairs[i % pairs.length].id);
    const out: Awaited<ReturnType<typeof log>>[] = [];
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, n) }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) out.push(await log(id));
      }),
    );
    return out;
  };
  if (BACKGROUND) await burst(BACKGROUND * PAIRS);
  let noisy = NOISE > 0;
  const noise = service
    .context()
    .connection.getClient()
    .db(`${config.mongo.database}_noise`)
    .collection<{ _id: number; k: number }>('noise');
  const workers: Promise<void>[] = [];
  if (noisy) {
    for (let i = 0; i < 20_000; i += 1_000)
      await noise.insertMany(Array.from({ length: 1_000 }, (_, j) => ({ _id: i + j, k: (i + j) % 97 })));
    for (let w = 0; w < NOISE; w++)
      workers.push(
        (async () => {
          while (noisy) await noise.find({ k: 1_000 }).toArray();
        })(),
      );
  }
  for (let r = 0; r < ROUNDS; r++) {
    commands = {};
    checkouts = [];
    const from = performance.now();
    const out = await burst(PAIRS);
    const ms = out.map((o) => o.ms);
    const statuses = out.reduce<Record<number, number>>((a, o) => ((a[o.status] = (a[o.status] ?? 0) + 1), a), {});
    console.log(
      `round ${r + 1}: ${out.length} logged meetings, ${PAIRS} pairs on ${VOLUNTEERS} volunteers, ${CONCURRENCY} at once, ${Math.round(performance.now() - from)} ms; ` +
        `p50 ${pct(ms, 50).toFixed(0)} p95 ${pct(ms, 95).toFixed(0)} max ${Math.max(...ms).toFixed(0)} ms; statuses ${JSON.stringify(statuses)}`,
    );
    const perRequest = Object.entries(commands)
      .sort((a, b) => b[1].ms - a[1].ms)
      .map(([k, v]) => `${k}: ${(v.n / out.length).toFixed(1)}/req, avg ${(v.ms / v.n).toFixed(0)} max ${v.max.toFixed(0)} ms`);
    console.log(`  commands (all of the round's, per logged meeting): ${perRequest.join('; ')}`);
    console.log(
      `  pool check-outs: ${checkouts.length}, wait p50 ${pct(checkouts, 50).toFixed(0)} p95 ${pct(checkouts, 95).toFixed(0)} max ${Math.max(0, ...checkouts).toFixed(0)} ms`,
    );
    for (const o of out.filter((x) => x.status >= 300).slice(0, 3)) console.log(`  ${o.status} ${o.detail}`);
  }
  noisy = false;
  await Promise.all(workers);
  if (NOISE) await noise.db.dropDatabase();
  await publisher.disconnect();
  await stopInProcess(service);
  await fake.stop();
  process.exit(0);
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
