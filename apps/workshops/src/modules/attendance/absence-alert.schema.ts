import { Schema } from 'mongoose';
import { outboxPlugin } from '@binome/outbox';
import { tenantGuard } from '@binome/persistence';
import type { AbsenceAlert } from './absence-alert';

export const AbsenceAlertSchema = new Schema<AbsenceAlert>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    personId: { type: String, required: true },
    unexcusedAbsences: { type: Number, required: true },
    raisedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'absence_alerts', versionKey: false, minimize: false },
);
AbsenceAlertSchema.plugin(tenantGuard);
AbsenceAlertSchema.plugin(outboxPlugin);
