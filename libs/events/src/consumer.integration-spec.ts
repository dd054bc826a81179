import { createHash } from 'node:crypto';
import type { Connection } from 'mongoose';
import pino from 'pino';
import { events, recruitmentEvents } from '@binome/contracts';
import { connectMongo, MongoProcessedEventStore } from '@binome/persistence';
import { eventually, readTopic, testKafka, testServiceConfig, uniqueId } from '@binome/testing';
import { createEnvelope, ensureTopics, EventConsumer, EventPublisher, EVENTS, eventType, on, type EventEnvelope } from './index';

const { CandidateApplied } = EVENTS;
const logger = pino({ level: 'silent' });

function applied(candidateId: string): EventEnvelope {
  return createEnvelope({
    type: CandidateApplied,
    payload: {
      candidateId,
      territoryId: 'rennes',
      channel: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WEBSITE,
      referringPartnerId: '',
      partnerSharingConsent: false,
      appliedAt: new Date(),
    },
    territoryId: 'rennes',
    aggregateType: 'candidate',
    aggregateId: candidateId,
    source: 'test',
  });
}

describe('EventConsumer against the real Kafka and database', () => {
  const kafka = testKafka();
  const publisher = new EventPublisher(kafka);
  let connection: Connection;
  let topic: string;
  let group: string;
  let consumer: EventConsumer;
  const handled: string[] = [];
  let failuresLeft = new Map<string, number>();

  beforeAll(async () => {
    const c = testServiceConfig('events');
    connection = await connectMongo(c.mongo.url, c.mongo.database, c.mongo);
    await publisher.connect();
  });

  beforeEach(async () => {
    topic = `binome.test-${uniqueId()}.v1`;
    group = `test-${uniqueId()}`;
    handled.length = 0;
    failuresLeft = new Map();
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic], 1);
    await admin.disconnect();
    consumer = new EventConsumer({
      kafka,
      group,
      topics: [topic],
      processed: new MongoProcessedEventStore(connection),
      logger,
      maxAttempts: 3,
      retryDelayMs: 20,
      handlers: [
        on(CandidateApplied, async (payload) => {
          const left = failuresLeft.get(payload.candidateId) ?? 0;
          if (left > 0) {
            failuresLeft.set(payload.candidateId, left - 1);
            throw new Error('transient failure');
          }
          handled.push(payload.candidateId);
        }),
      ],
    });
    const joined = consumer.waitUntilJoined();
    await consumer.start();
    await joined;
  });

  afterEach(() => consumer.stop());

  afterAll(async () => {
    await publisher.disconnect();
    await connection.dropDatabase();
    await connection.close();
  });

  it('When a poison message arrives, then it lands in the dead-letter topic and the next message is still processed', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'x', value: Buffer.from('this is not protobuf \u0000\u00ff') }] });
    await producer.disconnect();
    await publisher.publish(topic, [applied('after-poison')]);

    await eventually(async () => (handled.includes('after-poison') ? true : undefined), 20_000, 'message after poison');
    const dlt = await readTopic(consumer.deadLetterTopic, (seen) => seen.length >= 1);
    const record = events.DeadLetter.decode(dlt[0].value as Buffer);
    expect(record).toMatchObject({ originalTopic: topic, consumerGroup: group, reason: 'decode_failed' });
    expect(Buffer.from(record.originalValue).toString()).toContain('this is not protobuf');
  });

  it('When a poison message as large as the broker accepts arrives, then it is dead-lettered with its bytes cut (size and digest kept) and the consumer goes on', async () => {
    // Found by `npm run bench:load` on the shared broker: wrapping such a message in a DeadLetter
    // went past the broker's limit, the write failed as non-retriable and the consumer crashed
    // (impact's lag then only grew).
    // Just under the broker's default limit (message.max.bytes 1,048,588 per batch): the message fits, its DeadLetter did not.
    const big = Buffer.alloc(1_048_400, 0xff);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'big', value: big }] });
    await producer.disconnect();
    await publisher.publish(topic, [applied('after-big-poison')]);

    await eventually(async () => (handled.includes('after-big-poison') ? true : undefined), 30_000, 'message after the big poison');
    const dlt = await readTopic(consumer.deadLetterTopic, (seen) => seen.length >= 1);
    const record = events.DeadLetter.decode(dlt[0].value as Buffer);
    expect(record).toMatchObject({ originalTopic: topic, consumerGroup: group, reason: 'decode_failed' });
    expect(record.originalValue.length).toBeLessThan(big.length);
    expect(Buffer.from(record.originalValue).equals(big.subarray(0, record.originalValue.length))).toBe(true);
    expect(record.detail).toContain(`original value cut to ${record.originalValue.length} of ${big.length} bytes`);
    expect(record.detail).toContain(createHash('sha256').update(big).digest('hex'));
  });

  it('When the same event is delivered twice, then the handler applies it once', async () => {
    const e = applied('dup-1');
    await publisher.publish(topic, [e, e]);
    await publisher.publish(topic, [applied('dup-2')]);
    await eventually(async () => (handled.includes('dup-2') ? true : undefined), 20_000, 'third message');
    expect(handled.filter((id) => id === 'dup-1')).toHaveLength(1);
  });

  it('When a handler fails transiently, then it is retried and succeeds without a dead letter', async () => {
    failuresLeft.set('flaky', 2);
    await publisher.publish(topic, [applied('flaky')]);
    await eventually(async () => (handled.includes('flaky') ? true : undefined), 20_000, 'retried message');
    expect(handled).toEqual(['flaky']);
  });

  it('When a handler keeps failing, then after bounded retries the event is dead-lettered and the consumer goes on', async () => {
    failuresLeft.set('broken', 100);
    await publisher.publish(topic, [applied('broken'), applied('healthy')]);
    await eventually(async () => (handled.includes('healthy') ? true : undefined), 20_000, 'message after failure');
    const dlt = await readTopic(consumer.deadLetterTopic, (seen) => seen.length >= 1);
    const record = events.DeadLetter.decode(dlt[0].value as Buffer);
    expect(record.reason).toBe('handler_failed');
    expect(record.attempts).toBe(3);
    expect(failuresLeft.get('broken')).toBe(97);
  });

  it('When a handler is declared for a type made by hand with a misspelt name, then the consumer refuses to start', () => {
    const misspelt = eventType('binome.events.v1.CandidateAplied', recruitmentEvents.CandidateApplied);
    expect(
      () =>
        new EventConsumer({
          kafka,
          group,
          topics: [topic],
          processed: new MongoProcessedEventStore(connection),
          logger,
          handlers: [on(misspelt, async () => undefined)],
        }),
    ).toThrow(/unregistered event types binome\.events\.v1\.CandidateAplied/);
  });

  it('When a message of a type no event has arrives, then it is skipped with a warning naming it and the next one is processed', async () => {
    const lines: { msg?: string; eventType?: string }[] = [];
    const warnings = pino({ level: 'warn' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    await consumer.stop();
    const own = new EventConsumer({
      kafka,
      group: `${group}-unknown`,
      topics: [topic],
      processed: new MongoProcessedEventStore(connection),
      logger: warnings,
      handlers: [on(CandidateApplied, async (p) => void handled.push(p.candidateId))],
    });
    const joined = own.waitUntilJoined();
    await own.start();
    await joined;
    try {
      const stray = { ...applied('stray'), type: 'binome.events.v1.CandidateAppliedd' };
      await publisher.publish(topic, [stray, applied('after-stray')]);
      await eventually(async () => (handled.includes('after-stray') ? true : undefined), 20_000, 'message after the stray one');
      expect(handled).not.toContain('stray');
      expect(lines).toContainEqual(
        expect.objectContaining({ msg: 'event of an unregistered type skipped', eventType: 'binome.events.v1.CandidateAppliedd' }),
      );
    } finally {
      await own.stop();
    }
  });
});
