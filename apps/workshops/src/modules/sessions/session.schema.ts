import { Schema } from 'mongoose';
import { outboxPlugin } from '@binome/outbox';
import { readDefaults, tenantGuard } from '@binome/persistence';
import { FORMATS } from '../catalogue/workshop.entity';
import { ATTENDANCE_MARKS, REGISTRATION_STATUSES, REQUESTERS, SEAT_POOLS, SESSION_STATUSES, type Session } from './session.entity';

const RegistrationSchema = new Schema(
  {
    id: { type: String, required: true },
    personId: { type: String, required: true },
    pool: { type: String, enum: SEAT_POOLS, required: true },
    status: { type: String, enum: REGISTRATION_STATUSES, required: true },
    requestedAt: { type: Date, required: true },
    requestedBy: { type: String, enum: REQUESTERS, required: true },
    needRank: { type: Number, required: true },
    reason: { type: String, required: true },
    promotedAt: Date,
    cancelledAt: Date,
    attendance: { type: String, enum: ATTENDANCE_MARKS },
    attendanceAt: Date,
    feedbackGiven: Boolean,
  },
  { _id: false },
);

export const SessionSchema = new Schema<Session>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    workshopId: { type: String, required: true },
    promotionIds: [String],
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    format: { type: String, enum: FORMATS, required: true },
    place: String,
    link: String,
    capacity: { _id: false, beneficiaries: Number, volunteers: Number },
    closesAt: { type: Date, required: true },
    facilitatorIds: [String],
    status: { type: String, enum: SESSION_STATUSES, required: true },
    competencies: [String],
    needs: [String],
    checkInSecret: { type: String, required: true },
    registrations: [RegistrationSchema],
    revision: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'sessions', versionKey: false, minimize: false },
);
SessionSchema.plugin(tenantGuard);
SessionSchema.plugin(outboxPlugin);
SessionSchema.index({ territoryId: 1, startsAt: 1 });
SessionSchema.index({ territoryId: 1, facilitatorIds: 1, startsAt: 1 });
SessionSchema.index({ territoryId: 1, 'registrations.personId': 1 });
readDefaults<Session>(SessionSchema, (d) => {
  d.promotionIds ??= [];
  d.facilitatorIds ??= [];
  d.registrations ??= [];
  d.competencies ??= [];
  d.needs ??= [];
});
