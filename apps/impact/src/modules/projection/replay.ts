import type { Connection } from 'mongoose';
import type { Kafka } from 'kafkajs';
import { events } from '@binome/contracts';
import type { KafkaMessage } from 'kafkajs';
import { decodeEnvelope, decodePayload, deadLetterTopic, EnvelopeDecodeError, type EventEnvelope } from '@binome/events';
import type { Logger } from '@binome/logging';
import { ensureIndexes } from '@binome/persistence';
import { MemoryFactStore } from './fact-store';
import { factRepositories } from './fact.repository';
import { ProjectionPointerStore, type ProjectionPointer } from './projection-pointer';
import { projectInMemory, PROJECTOR_BY_NAME } from './projection';

/**
 * The replay's fetches: up to 50 MB a fetch and 10 MB a partition (kafkajs' default is 1 MB), so
 * a replay takes its history in fewer, larger batches. The bench's bare consumer uses the same.
 */
export const REPLAY_FETCH = { maxBytes: 50 * 1024 * 1024, maxBytesPerPartition: 10 * 1024 * 1024 } as const;

export interface ReplayOptions {
  connection: Connection;
  kafka: Kafka;
  logger: Logger;
  topics: string[];
  /** The live group's name; the replay's group is `<group>-r<stamp>`. */
  group: string;
  /** Swap the pointer once the fresh projection is written (default true). */
  swap?: boolean;
  stamp?: string;
}

export interface ReplayResult {
  pointer: ProjectionPointer;
  /** Messages read (every message of the topics up to their end when the replay started). */
  messages: number;
  /** Events applied (messages of the types the projection reads, duplicates left out). */
  applied: number;
  deadLettered: number;
  /** Reading and projecting, then writing the fresh database. */
  readMs: number;
  writeMs: number;
}

interface Poison {
  key: Buffer | null;
  value: Buffer;
  reason: string;
  detail: string;
  offset: string;
}

const poison = (message: KafkaMessage, reason: string, e: unknown): Poison => ({
  key: message.key,
  value: message.value ?? Buffer.alloc(0),
  reason,
  detail: (e as Error).message,
  offset: message.offset,
});

interface ProcessedRecord {
  _id: string;
  group: string;
  eventId: string;
  processedAt: Date;
}

/**
 * Rebuilds the projection from the beginning of the topics into a fresh database, then swaps it
 * in. The events are read with a new consumer group up to the topics' end offsets taken at the
 * start, projected in memory by the same projectors as the live consumer (`MemoryFactStore`),
 * written in bulk with the processed event ids, and only then are the group's offsets committed
 * and the pointer swapped: a replay that dies leaves the live projection untouched.
 */
export async function replayProjection(o: ReplayOptions): Promise<ReplayResult> {
  const stamp = o.stamp ?? Date.now().toString(36);
  const pointer: ProjectionPointer = { database: `${o.connection.name}_r${stamp}`, group: `${o.group}-r${stamp}` };
  const admin = o.kafka.admin();
  await admin.connect();
  const ends = new Map<string, Map<number, bigint>>();
  try {
    for (const topic of o.topics) {
      const offsets = await admin.fetchTopicOffsets(topic);
      ends.set(topic, new Map(offsets.map((p) => [p.partition, BigInt(p.high)])));
    }
  } finally {
    await admin.disconnect();
  }
  const pending = new Set<string>();
  for (const [topic, partitions] of ends) for (const [partition, high] of partitions) if (high > 0n) pending.add(`${topic}:${partition}`);

  const store = new MemoryFactStore();
  // Event ids only while reading (one string per event, no record or Date): the records are built when written.
  const processed = new Set<string>();
  const committed: { topic: string; partition: number; offset: string }[] = [];
  const dlq = o.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
  const consumer = o.kafka.consumer({
    groupId: pointer.group,
    sessionTimeout: 30_000,
    heartbeatInterval: 3_000,
    ...REPLAY_FETCH,
  });
  let messages = 0;
  let applied = 0;
  let deadLettered = 0;
  const started = Date.now();
  await dlq.connect();
  await consumer.connect();
  try {
    for (const topic of o.topics) await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      if (pending.size === 0) return resolve();
      consumer
        .run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, heartbeat, resolveOffset }) => {
            const end = ends.get(batch.topic)?.get(batch.partition) ?? 0n;
            const dead: Poison[] = [];
            let last: string | undefined;
            // Offsets are compared one by one only in the batch that crosses the end taken at the start.
            const crossesEnd = BigInt(batch.lastOffset()) >= end;
            for (const message of batch.messages) {
              if (crossesEnd && BigInt(message.offset) >= end) break;
              messages++;
              last = message.offset;
              let envelope: EventEnvelope;
              try {
                envelope = decodeEnvelope(message.value);
              } catch (e) {
                dead.push(poison(message, 'decode_failed', e));
                continue;
              }
              const projector = PROJECTOR_BY_NAME.get(envelope.type);
              // The fresh database is empty: the ids applied so far are all there is to skip.
              if (!projector || processed.has(envelope.id)) continue;
              try {
                // Synchronous: the batch is projected without awaiting once per event.
                projectInMemory(store, projector, decodePayload(projector.type, envelope), envelope);
              } catch (e) {
                dead.push(poison(message, e instanceof EnvelopeDecodeError ? 'decode_failed' : 'handler_failed', e));
                continue;
              }
              processed.add(envelope.id);
              applied++;
            }
            // Moves the fetch position on (nothing is committed before the fresh database is written).
            if (last !== undefined) resolveOffset(last);
            if (dead.length) {
              deadLettered += dead.length;
              await dlq.send({
                topic: deadLetterTopic(pointer.group),
                acks: -1,
                messages: dead.map((d) => ({
                  key: d.key,
                  headers: { 'dlt-reason': d.reason },
                  value: Buffer.from(
                    events.DeadLetter.encode({
                      originalTopic: batch.topic,
                      originalPartition: batch.partition,
                      originalOffset: d.offset,
                      originalKey: d.key ?? Buffer.alloc(0),
                      originalValue: d.value,
                      consumerGroup: pointer.group,
                      reason: d.reason,
                      detail: d.detail.slice(0, 500),
                      attempts: 1,
                      failedAt: new Date(),
                    }).finish(),
                  ),
                })),
              });
            }
            await heartbeat();
            if (last !== undefined && BigInt(last) + 1n >= end) {
              committed.push({ topic: batch.topic, partition: batch.partition, offset: end.toString() });
              consumer.pause([{ topic: batch.topic, partitions: [batch.partition] }]);
              pending.delete(`${batch.topic}:${batch.partition}`);
              if (pending.size === 0) resolve();
            }
          },
        })
        .catch(reject);
    });
    const readMs = Date.now() - started;
    const db = o.connection.useDb(pointer.database, { useCache: true });
    const repos = factRepositories(db);
    await ensureIndexes(db);
    if (!db.db) throw new Error('database not connected');
    const processedEvents = db.db.collection<ProcessedRecord>('processed_events');
    const processedAt = new Date();
    const ids = [...processed];
    const chunks: ProcessedRecord[][] = [];
    for (let i = 0; i < ids.length; i += 5000)
      chunks.push(
        ids.slice(i, i + 5000).map((eventId) => ({ _id: `${pointer.group}:${eventId}`, group: pointer.group, eventId, processedAt })),
      );
    // One bulk write at a time: on a busy engine, concurrent batches of thousands of documents
    // starved the driver's monitor and it dropped the connection, for no gain in time.
    await store.flushInto(repos);
    for (const c of chunks) await processedEvents.insertMany(c, { ordered: false });
    // Offsets last: the live consumer of this group starts where the written projection ends.
    if (committed.length) await consumer.commitOffsets(committed);
    const writeMs = Date.now() - started - readMs;
    if (o.swap ?? true) await new ProjectionPointerStore(o.connection).swap(pointer);
    o.logger.info({ ...pointer, messages, applied, deadLettered, readMs, writeMs }, 'projection replayed');
    return { pointer, messages, applied, deadLettered, readMs, writeMs };
  } finally {
    await consumer.disconnect();
    await dlq.disconnect();
  }
}
