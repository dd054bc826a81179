import { createHash } from 'node:crypto';
import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { events } from '@binome/contracts';
import type { Logger } from '@binome/logging';
import { inSpanFromCarrier, type TraceCarrier } from '@binome/telemetry';
import { deadLetterTopic } from './topics';
import { decodeEnvelope, decodePayload, EnvelopeDecodeError, type EventEnvelope, type EventType } from './envelope';
import { isRegistered, registeredEventType } from './registry';

/**
 * Most of an original message a dead letter keeps: under the broker's default limit
 * (message.max.bytes, 1,048,588 per batch) with room for the record's own fields.
 */
export const DEAD_LETTER_MAX_VALUE_BYTES = 1_000_000;

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
  /** Called after a handler's effect was stored (the host wakes its outbox relay). */
  onHandled?: () => void;
}

interface Failure {
  reason: 'decode_failed' | 'handler_failed';
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
  /** Wire names seen that no registered event has (warned about once each). */
  private readonly unknownTypes = new Set<string>();

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
    const handler = this.handlers.get(envelope.type);
    if (!handler) {
      // Another consumer's business (topics carry many event types), unless no event has that name:
      // a producer outside the registry, or a newer contract; said once, not silently skipped.
      if (!registeredEventType(envelope.type) && !this.unknownTypes.has(envelope.type)) {
        this.unknownTypes.add(envelope.type);
        logger.warn({ ...where, eventType: envelope.type.slice(0, 200) }, 'event of an unregistered type skipped');
      }
      return;
    }
    if (await this.options.processed.has(group, envelope.id)) {
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
          await handler.handle(payload, envelope);
          await this.options.processed.markProcessed(group, envelope.id);
          this.options.onHandled?.();
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

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, failure: Failure): Promise<void> {
    const value = message.value ?? Buffer.alloc(0);
    // A message near the broker's size limit no longer fits once wrapped: the write would fail for
    // good and stop the consumer. Its bytes are cut to fit; their size and digest say what it was.
    const room = DEAD_LETTER_MAX_VALUE_BYTES - (message.key?.length ?? 0);
    const cut = value.length > room;
    const detail = cut
      ? `${failure.detail}; original value cut to ${Math.max(0, room)} of ${value.length} bytes (sha256 ${createHash('sha256').update(value).digest('hex')})`
      : failure.detail;
    const record = events.DeadLetter.encode({
      originalTopic: topic,
      originalPartition: partition,
      originalOffset: message.offset,
      originalKey: message.key ?? Buffer.alloc(0),
      originalValue: cut ? value.subarray(0, Math.max(0, room)) : value,
      consumerGroup: this.options.group,
      reason: failure.reason,
      detail,
      attempts: failure.attempts,
      failedAt: new Date(),
    }).finish();
    // If the dead-letter write fails, this throws: kafkajs does not commit and redelivers, so the
    // message is never lost.
    await this.dlq.send({
      topic: this.deadLetterTopic,
      acks: -1,
      messages: [{ key: message.key, value: Buffer.from(record), headers: { 'dlt-reason': failure.reason } }],
    });
    this.options.logger.error(
      { topic, partition, offset: message.offset, reason: failure.reason, detail: failure.detail },
      'message sent to dead-letter topic',
    );
  }
}
