import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';

/**
 * One document per application, keyed by candidate id. Counting facts rather than incrementing a
 * counter makes the consumer idempotent by construction: a redelivered event upserts the same
 * document, so a count can never be applied twice, even without transactions.
 */
export interface ApplicationFact {
  _id: string;
  territoryId: string;
  channel: number;
  referringPartnerId?: string;
  appliedAt: Date;
  eventId: string;
}

export const ApplicationFactSchema = new Schema<ApplicationFact>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    channel: Number,
    referringPartnerId: String,
    appliedAt: { type: Date, required: true },
    eventId: { type: String, required: true },
  },
  { collection: 'application_facts', versionKey: false },
);
ApplicationFactSchema.plugin(tenantGuard);
ApplicationFactSchema.index({ territoryId: 1, appliedAt: -1 });
