import { Schema } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { toMessage, type EventEnvelope } from '@binome/events';

/**
 * An event waiting to be published, stored inside the document whose change produced it.
 *
 * Why inside the document: the MongoDB-protocol engine used here has no multi-document
 * transactions, but a single-document write is atomic everywhere. Writing the state change and its
 * events in one update means a crash can never keep one without the other; the relay then publishes
 * and removes them (at least once; consumers deduplicate by event id).
 */
export interface OutboxEntry {
  id: string;
  topic: string;
  key: string;
  value: Buffer;
  /** Trace context and event metadata headers captured when the change was made. */
  headers: Record<string, string>;
  createdAt: Date;
}

export const OUTBOX_FIELD = '_outbox';
export const OUTBOX_LEASE_FIELD = '_outboxLeaseUntil';

const OutboxEntrySchema = new Schema<OutboxEntry>(
  {
    id: { type: String, required: true },
    topic: { type: String, required: true },
    key: { type: String, required: true },
    value: { type: Buffer, required: true },
    headers: { type: Map, of: String, default: {} },
    createdAt: { type: Date, required: true },
  },
  { _id: false },
);

/** Mongoose plugin: adds the outbox array and the relay's lease to a schema. */
export function outboxPlugin(schema: Schema): void {
  schema.add({
    [OUTBOX_FIELD]: { type: [OutboxEntrySchema], default: [], select: false },
    [OUTBOX_LEASE_FIELD]: { type: Date, select: false },
  });
  // The relay looks for documents with pending events.
  schema.index({ [`${OUTBOX_FIELD}.id`]: 1 }, { sparse: true });
}

/** The outbox entry for an event; include it in the same write as the state change. */
export function outboxEntry(topic: string, envelope: EventEnvelope): OutboxEntry {
  const m = toMessage(topic, envelope);
  return { id: envelope.id || randomUUID(), topic: m.topic, key: m.key, value: m.value, headers: m.headers, createdAt: new Date() };
}
