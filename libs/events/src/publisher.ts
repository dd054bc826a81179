import type { Kafka, Producer, IHeaders } from 'kafkajs';
import { captureTraceContext } from '@binome/telemetry';
import { encodeEnvelope, type EventEnvelope } from './envelope';

export interface OutgoingMessage {
  topic: string;
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/** The Kafka message for an envelope: keyed by aggregate, trace context in headers. */
export function toMessage(
  topic: string,
  envelope: EventEnvelope,
  headers: Record<string, string> = captureTraceContext(),
): OutgoingMessage {
  return {
    topic,
    key: envelope.aggregateId,
    value: encodeEnvelope(envelope),
    headers: { ...headers, 'event-type': envelope.type, 'event-id': envelope.id },
  };
}

/** An idempotent kafkajs producer (no duplicates from its own retries; order kept per partition). */
export class EventPublisher {
  private readonly producer: Producer;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  /** Sends messages, in order, with acks from all in-sync replicas; resolves once stored by Kafka. */
  async send(messages: OutgoingMessage[]): Promise<void> {
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, ms]) => ({
        topic,
        messages: ms.map((m) => ({ key: m.key, value: m.value, headers: m.headers as IHeaders })),
      })),
    });
  }

  async publish(topic: string, envelopes: EventEnvelope[]): Promise<void> {
    await this.send(envelopes.map((e) => toMessage(topic, e)));
  }
}
