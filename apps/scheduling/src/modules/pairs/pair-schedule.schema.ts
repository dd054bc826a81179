import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import { HEALTH_STATUSES } from '../health/cadence';
import { PAIR_SCHEDULE_STATUSES, type PairSchedule } from './pair-schedule.entity';

export const PairScheduleSchema = new Schema<PairSchedule>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    promotionId: { type: String, required: true },
    beneficiaryId: { type: String, required: true },
    volunteerId: { type: String, required: true },
    konnecteurId: String,
    status: { type: String, enum: PAIR_SCHEDULE_STATUSES, required: true },
    startedOn: { type: Date, required: true },
    promotionEndsOn: Date,
    health: {
      _id: false,
      status: { type: String, enum: HEALTH_STATUSES, required: true },
      reasons: [{ _id: false, code: String, value: Number, text: String }],
      computedAt: Date,
    },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'pair_schedules', versionKey: false, minimize: false },
);
PairScheduleSchema.plugin(tenantGuard);
PairScheduleSchema.plugin(outboxPlugin);
PairScheduleSchema.index({ territoryId: 1, status: 1, 'health.status': 1 });
PairScheduleSchema.index({ territoryId: 1, konnecteurId: 1 });
// Exactly the fields of the health's compare-and-set (setHealth), for the embedded engine (see meeting.schema.ts).
PairScheduleSchema.index({ territoryId: 1, _id: 1, 'health.status': 1 }, { unique: true, name: 'territory_id_health' });
