import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import { MEETING_PLACES, MEETING_STATUSES, MEETING_TOPICS, type Meeting } from './meeting.entity';

const answer = { _id: false, tookPlace: Boolean, at: Date, by: String };

export const MeetingSchema = new Schema<Meeting>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    pairId: { type: String, required: true },
    promotionId: { type: String, required: true },
    beneficiaryId: { type: String, required: true },
    volunteerId: { type: String, required: true },
    status: { type: String, enum: MEETING_STATUSES, required: true },
    startsAt: { type: Date, required: true },
    durationMinutes: { type: Number, required: true },
    place: { type: String, enum: MEETING_PLACES, required: true },
    topics: [{ type: String, enum: MEETING_TOPICS }],
    note: String,
    attendance: { _id: false, beneficiary: answer, volunteer: answer, programme: answer },
    uid: { type: String, required: true },
    sequence: { type: Number, required: true },
    cancellation: { _id: false, cause: String, by: String, at: Date },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'meetings', versionKey: false, minimize: false },
);
MeetingSchema.plugin(tenantGuard);
MeetingSchema.plugin(outboxPlugin);
MeetingSchema.index({ territoryId: 1, pairId: 1, startsAt: 1 });
MeetingSchema.index({ territoryId: 1, volunteerId: 1, startsAt: 1 });
MeetingSchema.index({ territoryId: 1, beneficiaryId: 1, startsAt: 1 });
// Exactly the fields of a meeting change's compare-and-set: the embedded engine serves a filter from
// an index only when its fields are a unique index's; redundant on MongoDB (`_id` is unique alone).
MeetingSchema.index({ territoryId: 1, _id: 1, status: 1, sequence: 1 }, { unique: true, name: 'territory_id_status_sequence' });
