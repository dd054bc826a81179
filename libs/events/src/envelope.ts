import { randomUUID } from 'node:crypto';
import { events, type MessageCodec } from '@binome/contracts';
import { currentCorrelationId } from '@binome/telemetry';

export type EventEnvelope = events.EventEnvelope;

/** A payload type: its fully qualified protobuf name and its codec. */
export interface EventType<T> {
  name: string;
  codec: MessageCodec<T>;
  schemaVersion: number;
}

export function eventType<T>(name: string, codec: MessageCodec<T>, schemaVersion = 1): EventType<T> {
  return { name, codec, schemaVersion };
}

export interface NewEvent<T> {
  type: EventType<T>;
  payload: T;
  territoryId: string;
  aggregateType: string;
  aggregateId: string;
  source: string;
  /** Defaults to the current request's id (request context), else the event's own id. */
  correlationId?: string;
  causationId?: string;
  occurredAt?: Date;
}

export function createEnvelope<T>(e: NewEvent<T>): EventEnvelope {
  const id = randomUUID();
  return {
    id,
    type: e.type.name,
    occurredAt: e.occurredAt ?? new Date(),
    territoryId: e.territoryId,
    aggregateType: e.aggregateType,
    aggregateId: e.aggregateId,
    schemaVersion: e.type.schemaVersion,
    correlationId: e.correlationId ?? currentCorrelationId() ?? id,
    causationId: e.causationId ?? '',
    source: e.source,
    payload: Buffer.from(e.type.codec.encode(e.type.codec.fromPartial(e.payload as Partial<T>)).finish()),
  };
}

export const encodeEnvelope = (e: EventEnvelope): Buffer => Buffer.from(events.EventEnvelope.encode(e).finish());

export class EnvelopeDecodeError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'EnvelopeDecodeError';
  }
}

const REQUIRED_ENVELOPE_FIELDS = ['id', 'type', 'territoryId', 'aggregateId'] as const;

/** Decodes and checks the envelope's required fields; throws EnvelopeDecodeError otherwise. */
export function decodeEnvelope(value: Buffer | null): EventEnvelope {
  if (!value || value.length === 0) throw new EnvelopeDecodeError('empty message value');
  let envelope: EventEnvelope;
  try {
    envelope = events.EventEnvelope.decode(value);
  } catch (e) {
    throw new EnvelopeDecodeError(`not a protobuf EventEnvelope (${(e as Error).message})`);
  }
  // Every consumer decodes every message: the common case (nothing missing) allocates nothing.
  if (envelope.id && envelope.type && envelope.territoryId && envelope.aggregateId) return envelope;
  const missing = REQUIRED_ENVELOPE_FIELDS.filter((k) => !envelope[k]);
  throw new EnvelopeDecodeError(`envelope lacks ${missing.join(', ')}`);
}

export function decodePayload<T>(type: EventType<T>, envelope: EventEnvelope): T {
  try {
    return type.codec.decode(envelope.payload);
  } catch (e) {
    throw new EnvelopeDecodeError(`payload is not a valid ${type.name} (${(e as Error).message})`);
  }
}
