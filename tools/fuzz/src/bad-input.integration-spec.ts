import { Kafka, logLevel, type Admin, type KafkaMessage } from 'kafkajs';
import mongoose from 'mongoose';
import { events } from '@binome/contracts';
import { deadLetterTopic, toMessage } from '@binome/events';
import { KAFKA_BROKERS, readTopic, serviceToken, tokensOf } from '@binome/testing';
import { generateCases, type OpenApiDocument, type Operation } from './openapi-cases';
import { fuzzService, type Caller, type ServiceSummary } from './http-fuzz';
import { discoverGroups, eventTypesOf, poisonFor, typeName, validEnvelope, type GroupSubscription } from './kafka-poison';
import { baseUrl, startPlatform, type Platform } from './platform';

/**
 * Bad input at scale (issue 17): every operation of every service's OpenAPI document, and the
 * gateway's own, gets malformed requests generated from the document itself, with a real token of
 * a role that may call it (so validation is reached, not only the guard): zero 5xx, every 4xx a
 * problem+json, every process alive and ready at the end. Then every topic each consumer group of
 * the run subscribes to (read from the broker) gets poison messages: each lands in that group's
 * dead-letter topic, and the group goes on to the valid messages sent after them.
 */

/** Keeps the run to a few thousand requests (about a minute on two shared cores). */
const MAX_CASES_PER_OPERATION = 32;
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27027';

describe('bad input at scale, generated from the OpenAPI documents and the consumer groups', () => {
  let platform: Platform;
  let callers: Caller[];
  const summaries: ServiceSummary[] = [];

  beforeAll(async () => {
    platform = await startPlatform();
    const tokens = await tokensOf({
      hq: ['national', 'hq'],
      manager: ['rennes', 'manager'],
      konnecteur: ['rennes', 'konnecteur'],
      koach: ['rennes', 'koach'],
      volunteer: ['rennes', 'volunteer'],
      beneficiary: ['rennes', 'beneficiary'],
      ngo: ['partners', 'ngo-cirefe'],
      companyHr: ['partners', 'hr-sncf'],
    });
    callers = [...Object.entries(tokens).map(([label, token]) => ({ label, token })), { label: 'service', token: await serviceToken() }];
  }, 600_000);

  afterAll(async () => {
    await platform?.stop();
    if (platform) {
      const connection = await mongoose.createConnection(MONGO_URL).asPromise();
      try {
        for (const name of Object.keys(platform.services)) await connection.useDb(platform.database(name)).dropDatabase();
      } finally {
        await connection.close();
      }
    }
  }, 60_000);

  async function documentOf(url: string): Promise<OpenApiDocument> {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    return (await res.json()) as OpenApiDocument;
  }

  it('When every operation of every document gets malformed requests, then no answer is a 5xx and every 4xx is problem+json', async () => {
    const targets: { service: string; base: string; operations: Operation[] }[] = [];
    const upstreams = Object.keys(platform.services).filter((s) => s !== 'gateway');
    for (const service of upstreams) {
      const base = baseUrl(platform.services[service]);
      targets.push({
        service,
        base,
        operations: generateCases(await documentOf(`${base}/openapi.json`), { maxCasesPerOperation: MAX_CASES_PER_OPERATION }),
      });
    }
    // The gateway's merged document: only its own operations (the services' are fuzzed at the source).
    const gateway = baseUrl(platform.services.gateway);
    targets.push({
      service: 'gateway',
      base: gateway,
      operations: generateCases(await documentOf(`${gateway}/api/openapi.json`), {
        maxCasesPerOperation: MAX_CASES_PER_OPERATION,
        include: (path) => !upstreams.some((s) => path.startsWith(`/api/${s}/`)),
      }),
    });

    // One service at a time, a few requests in flight: side by side, two shared cores starve them.
    for (const t of targets) {
      expect({ service: t.service, operations: t.operations.length > 0 }).toEqual({ service: t.service, operations: true });
      summaries.push(await fuzzService(t.service, t.base, t.operations, callers, 6));
    }

    const lines = summaries.map(
      (s) =>
        `${s.service.padEnd(12)} ${String(s.operations).padStart(3)} operations ${String(s.requests).padStart(5)} requests ${s.seconds.toFixed(1)} s  ` +
        `statuses ${JSON.stringify(s.histogram)}  callers ${JSON.stringify(s.callers)}`,
    );
    const total = summaries.reduce((n, s) => n + s.requests, 0);
    const broken = summaries.flatMap((s) => s.violations.map((v) => `${s.service}: ${v}`));
    console.log(
      `bad input at scale: ${total} requests\n${lines.join('\n')}${broken.length ? `\n${broken.length} violations:\n${broken.join('\n')}` : ''}`,
    );
    expect(broken).toEqual([]);
    expect(total).toBeGreaterThan(2_000);
  }, 480_000);

  it('When the malformed requests are over, then every process is alive and ready', async () => {
    for (const [name, s] of Object.entries(platform.services)) {
      expect({ name, exitCode: s.child.exitCode }).toEqual({ name, exitCode: null });
      const ready = await fetch(`${baseUrl(s)}/readyz`);
      expect({ name, status: ready.status }).toEqual({ name, status: 200 });
    }
  });

  it('When poison messages reach every topic a consumer group reads, then each lands in its dead-letter topic and the group goes on', async () => {
    const kafka = new Kafka({ clientId: 'binome-fuzz', brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING });
    const admin: Admin = kafka.admin();
    await admin.connect();
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const mongo = await mongoose.createConnection(MONGO_URL).asPromise();
    try {
      // Every group of the run, with the topics its members subscribed to: none listed by hand.
      const groups: GroupSubscription[] = await discoverGroups(admin, `${platform.run}-`, 6);
      const topics = [...new Set(groups.flatMap((g) => g.topics))].filter((t) => !t.startsWith('binome.dlt.'));
      const key = `${platform.run}-poison`;

      // Poison first, then valid messages, all with one key: one partition, in this order.
      const sent: Record<string, { kind: string; partition: number; offset: string }[]> = {};
      const valid: Record<string, { id: string; type: string; partition: number; offset: string }[]> = {};
      for (const topic of topics) {
        sent[topic] = [];
        for (const p of poisonFor(topic, platform.run)) {
          const [meta] = await producer.send({ topic, acks: -1, messages: [{ key, value: p.value }] });
          sent[topic].push({ kind: p.kind, partition: meta.partition, offset: meta.baseOffset ?? '' });
        }
        valid[topic] = [];
        for (const [n, type] of eventTypesOf(topic).entries()) {
          const envelope = { ...validEnvelope(type, platform.run, n), aggregateId: key };
          const { value, headers } = toMessage(topic, envelope, {});
          const [meta] = await producer.send({ topic, acks: -1, messages: [{ key, value, headers }] });
          valid[topic].push({ id: envelope.id, type: typeName(type), partition: meta.partition, offset: meta.baseOffset ?? '' });
        }
      }

      const failures: string[] = [];
      const report: string[] = [];
      await Promise.all(
        groups.map(async ({ group, topics: subscribed }) => {
          const own = subscribed.filter((t) => sent[t]);
          const expected = own.flatMap((t) => sent[t].map((s) => ({ topic: t, ...s })));
          if (!expected.length) return;
          // The dead letters of this run's poison, by original topic and offset.
          const key2 = (topic: string, offset: string) => `${topic}@${offset}`;
          const wanted = new Set(expected.filter((e) => !e.kind.includes(':payload-')).map((e) => key2(e.topic, e.offset)));
          const lettered = new Map<string, string>();
          const onDlt = (seen: KafkaMessage[]) => {
            for (const m of seen) {
              if (m.key?.toString() !== key || !m.value) continue;
              const d = events.DeadLetter.decode(m.value);
              lettered.set(key2(d.originalTopic, d.originalOffset), d.reason);
            }
            return [...wanted].every((w) => lettered.has(w));
          };
          const dlt = deadLetterTopic(group);
          await readTopic(dlt, onDlt, 60_000).catch((e: Error) => failures.push(`${group}: ${e.message}`));
          for (const e of expected) {
            const got = lettered.has(key2(e.topic, e.offset));
            // Typed payload poison reaches a group's dead letters only for types it handles; for
            // those, every malformed payload must be there.
            const typeOfKind = e.kind.split(':payload-')[0];
            const handled =
              e.kind.includes(':payload-') &&
              expected.some(
                (x) => x.kind.startsWith(`${typeOfKind}:payload-`) && x.topic === e.topic && lettered.has(key2(x.topic, x.offset)),
              );
            if (!got && (!e.kind.includes(':payload-') || handled))
              failures.push(`${group}: ${e.topic} ${e.kind} (offset ${e.offset}) not in ${dlt}`);
          }
          // The group went on: its committed offset on the partition is past every message sent.
          for (const topic of own) {
            const partition = sent[topic][0].partition;
            const last = Math.max(...[...sent[topic], ...valid[topic]].map((m) => Number(m.offset)));
            const deadline = Date.now() + 60_000;
            let committed = -1;
            while (Date.now() < deadline) {
              const [offsets] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
              committed = Number(offsets.partitions.find((p) => p.partition === partition)?.offset ?? -1);
              if (committed > last) break;
              await new Promise((r) => setTimeout(r, 500));
            }
            if (committed <= last) failures.push(`${group}: ${topic} committed ${committed}, not past the valid messages (last ${last})`);
          }
          // ... and handled at least one of them: its processed-event record is in its service's database.
          const ids = own.flatMap((t) => valid[t].map((v) => `${group}:${v.id}`));
          let handled = 0;
          const deadline = Date.now() + 30_000;
          while (Date.now() < deadline) {
            handled = 0;
            for (const service of Object.keys(platform.services))
              handled += await mongo
                .useDb(platform.database(service))
                .collection('processed_events')
                .countDocuments({ _id: { $in: ids } } as never);
            if (handled > 0) break;
            await new Promise((r) => setTimeout(r, 500));
          }
          if (handled === 0) failures.push(`${group}: none of the ${ids.length} valid events sent after the poison was handled`);
          const typed = expected.filter((e) => e.kind.includes(':payload-') && lettered.has(key2(e.topic, e.offset))).length;
          report.push(
            `${group.slice(platform.run.length + 1).padEnd(24)} ${own.length} topics ${expected.length} poison sent, ${lettered.size} dead-lettered (${typed} typed), ${handled} of ${ids.length} valid handled`,
          );
        }),
      );
      console.log(`poison messages per consumer group:\n${report.join('\n')}`);
      expect(failures).toEqual([]);
      expect(groups.length).toBeGreaterThanOrEqual(6);
    } finally {
      await producer.disconnect();
      await admin.disconnect();
      await mongo.close();
    }
  }, 300_000);
});
