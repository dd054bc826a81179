import mongoose, { type Connection } from 'mongoose';
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
  /** Tries left that fail as the driver does while the database is stopped. */
  let outageLeft = new Map<string, number>();

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
    outageLeft = new Map();
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
          const down = outageLeft.get(payload.candidateId) ?? 0;
          if (down > 0) {
            outageLeft.set(payload.candidateId, down - 1);
            throw new mongoose.mongo.MongoNetworkError('connect ECONNREFUSED 127.0.0.1:27027');
          }
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

  it('When a message just under the broker size limit is poison, then its dead letter keeps its beginning and the consumer goes on', async () => {
    // 1,048,400 bytes fit in a batch under the broker's default limit (1,048,588); the DeadLetter
    // record wrapping them, with topic, group, reason and detail, does not.
    const huge = Buffer.alloc(1_048_400, 0x7b);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: 'huge', value: huge }] });
    await producer.disconnect();
    await publisher.publish(topic, [applied('after-huge')]);

    await eventually(async () => (handled.includes('after-huge') ? true : undefined), 30_000, 'message after the huge one');
    const dlt = await readTopic(consumer.deadLetterTopic, (seen) => seen.length >= 1);
    const record = events.DeadLetter.decode(dlt[0].value as Buffer);
    expect(record).toMatchObject({ originalTopic: topic, consumerGroup: group, reason: 'decode_failed' });
    expect(record.originalValue.length).toBeLessThan(huge.length);
    expect(Buffer.from(record.originalValue).equals(huge.subarray(0, record.originalValue.length))).toBe(true);
    expect(record.detail).toMatch(/truncated/);
  }, 60_000);

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

  it('When the database is unreachable for longer than the attempts allow, then the message waits and is applied once it is back, not dead-lettered', async () => {
    outageLeft.set('outage', 6);
    await publisher.publish(topic, [applied('outage'), applied('after-outage')]);
    await eventually(async () => (handled.includes('after-outage') ? true : undefined), 20_000, 'messages after the outage');
    expect(outageLeft.get('outage')).toBe(0);
    expect(handled).toEqual(['outage', 'after-outage']);
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

  it('When a message of a type no event has arrives, then it lands in the dead-letter topic as unknown_type and the next one is processed', async () => {
    const stray = { ...applied('stray'), type: 'binome.events.v1.CandidateAppliedd' };
    await publisher.publish(topic, [stray, applied('after-stray')]);
    await eventually(async () => (handled.includes('after-stray') ? true : undefined), 20_000, 'message after the stray one');
    expect(handled).not.toContain('stray');
    const dlt = await readTopic(consumer.deadLetterTopic, (seen) => seen.length >= 1);
    const record = events.DeadLetter.decode(dlt[0].value as Buffer);
    expect(record).toMatchObject({ originalTopic: topic, consumerGroup: group, reason: 'unknown_type', attempts: 1 });
    expect(record.detail).toContain('binome.events.v1.CandidateAppliedd');
    expect(events.EventEnvelope.decode(record.originalValue).id).toBe(stray.id);
  });
});
