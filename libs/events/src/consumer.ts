import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { events } from '@binome/contracts';
import { isDependencyUnavailable } from '@binome/errors';
import type { Logger } from '@binome/logging';
import { inSpanFromCarrier, type TraceCarrier } from '@binome/telemetry';
import { deadLetterTopic } from './topics';
import { decodeEnvelope, decodePayload, EnvelopeDecodeError, type EventEnvelope, type EventType } from './envelope';
import { isRegistered, registeredEventType } from './registry';

/** Where a group records the event ids it has applied (a unique key per group and event id). */
export interface ProcessedEventStore {
  has(group: string, eventId: string): Promise<boolean>;
  markProcessed(group: string, eventId: string): Promise<void>;
}

export interface EventHandler<T> {
  type: EventType<T>;
  /**
   * Applies the event. It must be idempotent on `envelope.id` by itself (an upsert keyed by the
   * event or aggregate id), because a crash between the effect and `markProcessed` redelivers it.
   */
  handle(payload: T, envelope: EventEnvelope): Promise<void>;
}

export function on<T>(type: EventType<T>, handle: (payload: T, envelope: EventEnvelope) => Promise<void>): EventHandler<unknown> {
  return { type, handle } as EventHandler<unknown>;
}

export interface EventConsumerOptions {
  kafka: Kafka;
  group: string;
  topics: string[];
  handlers: EventHandler<unknown>[];
  processed: ProcessedEventStore;
  logger: Logger;
  /** Attempts before a failing message goes to the dead-letter topic. */
  maxAttempts?: number;
  retryDelayMs?: number;
  fromBeginning?: boolean;
}

/** The longest wait between two tries of a message while the database is unreachable. */
const MAX_OUTAGE_WAIT_MS = 2_000;
/** What a dead letter keeps of a message too large to be wrapped whole (the broker's limit). */
const DEAD_LETTER_KEPT_BYTES = 64 * 1024;

interface Failure {
  reason: 'decode_failed' | 'unknown_type' | 'handler_failed';
  detail: string;
  attempts: number;
}

const headerText = (headers: KafkaMessage['headers']): TraceCarrier => {
  const out: TraceCarrier = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) out[k] = Array.isArray(v) ? String(v[0]) : String(v);
  return out;
};

/**
 * Consumes binome topics for one group: decodes each envelope, skips types the group does not
 * handle and ids it already applied, runs the handler with bounded retries, and sends what cannot
 * be decoded or processed to `binome.dlt.<group>` with the reason, then goes on. An offset is
 * committed only after its message was applied or dead-lettered (kafkajs commits resolved offsets).
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly dlq: Producer;
  private readonly handlers: Map<string, EventHandler<unknown>>;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private running = false;

  constructor(private readonly options: EventConsumerOptions) {
    // A handler for a type made by hand could listen for a name nobody publishes, and its messages
    // would be skipped as another consumer's business: only the registry's types are accepted.
    const foreign = options.handlers.filter((h) => !isRegistered(h.type)).map((h) => h.type.name);
    if (foreign.length)
      throw new Error(
        `consumer ${options.group}: handlers for unregistered event types ${foreign.join(', ')} (use EVENTS from @binome/events)`,
      );
    this.consumer = options.kafka.consumer({
      groupId: options.group,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      allowAutoTopicCreation: true,
    });
    this.dlq = options.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
    this.handlers = new Map(options.handlers.map((h) => [h.type.name, h]));
    this.maxAttempts = options.maxAttempts ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 200;
  }

  get deadLetterTopic(): string {
    return deadLetterTopic(this.options.group);
  }

  async start(): Promise<void> {
    await this.dlq.connect();
    await this.consumer.connect();
    for (const topic of this.options.topics) await this.consumer.subscribe({ topic, fromBeginning: this.options.fromBeginning ?? true });
    this.running = true;
    await this.consumer.run({
      autoCommit: true,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        await this.process(topic, partition, message, heartbeat);
      },
    });
  }

  /** Resolves once the group has joined and been assigned partitions. */
  waitUntilJoined(timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`consumer ${this.options.group} did not join within ${timeoutMs} ms`)), timeoutMs);
      const off = this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
        clearTimeout(timer);
        off();
        resolve();
      });
    });
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.consumer.disconnect();
    await this.dlq.disconnect();
  }

  isRunning(): boolean {
    return this.running;
  }

  private async process(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    const { group, logger } = this.options;
    const where = { topic, partition, offset: message.offset };
    let envelope: EventEnvelope;
    try {
      envelope = decodeEnvelope(message.value);
    } catch (e) {
      return this.deadLetter(topic, partition, message, { reason: 'decode_failed', detail: (e as Error).message, attempts: 1 });
    }
    // No event of the registry has that name (a producer outside the registry, a misspelt or newer
    // contract): no consumer can decode its payload, so it is poison like an undecodable envelope,
    // kept with its reason in the dead-letter topic rather than dropped.
    if (!registeredEventType(envelope.type))
      return this.deadLetter(topic, partition, message, {
        reason: 'unknown_type',
        detail: `no registered event is named ${envelope.type.slice(0, 200)}`,
        attempts: 1,
      });
    const handler = this.handlers.get(envelope.type);
    // Another consumer's business: topics carry many event types.
    if (!handler) return;
    if (await this.untilAvailable(() => this.options.processed.has(group, envelope.id), heartbeat)) {
      logger.debug({ ...where, eventId: envelope.id }, 'duplicate event skipped');
      return;
    }

    await inSpanFromCarrier(`${envelope.type} process`, headerText(message.headers), 'consumer', async (span) => {
      span.setAttribute('messaging.system', 'kafka');
      span.setAttribute('messaging.destination.name', topic);
      span.setAttribute('messaging.consumer.group.name', group);
      span.setAttribute('binome.event.type', envelope.type);
      span.setAttribute('binome.territory', envelope.territoryId);
      for (let attempt = 1; ; attempt++) {
        try {
          const payload = decodePayload(handler.type, envelope);
          await this.untilAvailable(async () => {
            await handler.handle(payload, envelope);
            await this.options.processed.markProcessed(group, envelope.id);
          }, heartbeat);
          return;
        } catch (e) {
          const decode = e instanceof EnvelopeDecodeError;
          if (decode || attempt >= this.maxAttempts) {
            await this.deadLetter(topic, partition, message, {
              reason: decode ? 'decode_failed' : 'handler_failed',
              detail: `${(e as Error).name}: ${(e as Error).message}`.slice(0, 500),
              attempts: attempt,
            });
            return;
          }
          logger.warn({ ...where, eventId: envelope.id, attempt, error: (e as Error).name }, 'event handler failed, retrying');
          await heartbeat();
          await new Promise((r) => setTimeout(r, this.retryDelayMs * 2 ** (attempt - 1)));
        }
      }
    });
  }

  /**
   * Runs `op` again for as long as the database is unreachable: an outage is no fault of the
   * message, so it neither counts as an attempt nor sends the message to the dead-letter topic. The
   * partition waits (heartbeating, so the group keeps it); stopping the consumer meanwhile leaves the
   * message uncommitted, to be redelivered.
   */
  private async untilAvailable<T>(op: () => Promise<T>, heartbeat: () => Promise<void>): Promise<T> {
    for (let outage = 0; ; outage++) {
      try {
        return await op();
      } catch (e) {
        if (!isDependencyUnavailable(e) || !this.running) throw e;
        if (outage === 0)
          this.options.logger.warn({ group: this.options.group, error: (e as Error).name }, 'database unavailable: the message waits');
        await heartbeat();
        await new Promise((r) => setTimeout(r, Math.min(this.retryDelayMs * 2 ** outage, MAX_OUTAGE_WAIT_MS)));
      }
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, failure: Failure): Promise<void> {
    const original = message.value ?? Buffer.alloc(0);
    const record = (value: Buffer, detail: string) =>
      Buffer.from(
        events.DeadLetter.encode({
          originalTopic: topic,
          originalPartition: partition,
          originalOffset: message.offset,
          originalKey: message.key ?? Buffer.alloc(0),
          originalValue: value,
          consumerGroup: this.options.group,
          reason: failure.reason,
          detail,
          attempts: failure.attempts,
          failedAt: new Date(),
        }).finish(),
      );
    const send = (value: Buffer) =>
      this.dlq.send({
        topic: this.deadLetterTopic,
        acks: -1,
        messages: [{ key: message.key, value, headers: { 'dlt-reason': failure.reason } }],
      });
    // If the dead-letter write fails, this throws: kafkajs does not commit and redelivers, so the
    // message is never lost.
    try {
      await send(record(original, failure.detail));
    } catch (e) {
      // A message near the broker's size limit fits in its topic but not inside a DeadLetter record
      // (topic, group, reason added): redelivering it would block the partition for ever. Its dead
      // letter keeps the beginning; the whole message stays at its topic, partition and offset.
      if (original.length <= DEAD_LETTER_KEPT_BYTES) throw e;
      await send(
        record(
          original.subarray(0, DEAD_LETTER_KEPT_BYTES),
          `${failure.detail} (original value of ${original.length} bytes truncated to ${DEAD_LETTER_KEPT_BYTES}: the dead letter would exceed the broker's limit)`.slice(
            0,
            700,
          ),
        ),
      );
    }
    this.options.logger.error(
      { topic, partition, offset: message.offset, reason: failure.reason, detail: failure.detail },
      'message sent to dead-letter topic',
    );
  }
}
