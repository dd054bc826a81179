import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { ApplicationFact } from './application-fact.entity';

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
