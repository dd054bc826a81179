import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { INTEREST_STATUSES, type VolunteerInterest } from './volunteer-interest.entity';

export const VolunteerInterestSchema = new Schema<VolunteerInterest>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    status: { type: String, enum: INTEREST_STATUSES, required: true },
    person: new Schema(
      {
        firstName: { type: String, required: true },
        lastName: { type: String, required: true },
        email: { type: String, required: true },
        phone: String,
        companyName: { type: String, required: true },
        jobTitle: String,
        availability: [String],
        message: String,
      },
      { _id: false },
    ),
    consent: {
      dataProcessing: {
        given: { type: Boolean, required: true },
        at: { type: Date, required: true },
        noticeVersion: { type: String, required: true },
      },
    },
    openKey: { type: String, required: true },
    decision: new Schema({ outcome: String, at: Date, by: String, volunteerId: String }, { _id: false }),
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'volunteer_interests', versionKey: false },
);
VolunteerInterestSchema.plugin(tenantGuard);
VolunteerInterestSchema.index({ openKey: 1 }, { unique: true });
VolunteerInterestSchema.index({ territoryId: 1, status: 1, createdAt: -1 });
