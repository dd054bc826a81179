import { Schema } from 'mongoose';
import { readDefaults, tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import { VOLUNTEER_STATUSES, type Volunteer } from './volunteer.entity';
import { withVolunteerDefaults } from './volunteer.factory';

const Geo = new Schema({ lat: Number, lon: Number }, { _id: false });

export const VolunteerSchema = new Schema<Volunteer>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    promotionId: { type: String, required: true },
    companyId: { type: String, required: true },
    userId: String,
    status: { type: String, enum: VOLUNTEER_STATUSES, required: true },
    identity: { firstName: { type: String, required: true }, lastName: { type: String, required: true } },
    contact: { email: { type: String, required: true }, phone: String },
    jobTitle: { type: String, required: true },
    sector: { type: String, required: true },
    trade: String,
    workplace: { address: String, town: String, geo: Geo },
    languages: [{ _id: false, language: String, level: String }],
    availability: [String],
    preferences: { gender: String, sectors: [String] },
    strengths: [String],
    gender: String,
    minFrenchLevel: String,
    capacity: { type: Number, required: true },
    awarenessSession: { type: new Schema({ companyId: String, date: String }, { _id: false }), default: undefined },
    training: { scheduledOn: String, attended: Boolean, attendedOn: String },
    trained: { type: Boolean, required: true },
    commitment: { accepted: Boolean, plannedDays: Number, acceptedAt: Date },
    withdrawal: { type: new Schema({ reason: String, notes: String, at: Date, by: String }, { _id: false }), default: undefined },
    history: [{ _id: false, status: String, at: Date, by: String, note: String }],
    erasedAt: Date,
    erasedBy: String,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'volunteers', versionKey: false },
);
VolunteerSchema.plugin(tenantGuard);
VolunteerSchema.plugin(outboxPlugin);
readDefaults(VolunteerSchema, withVolunteerDefaults);
// One enrolment per person and promotion (a volunteer may come back for a later promotion).
VolunteerSchema.index({ territoryId: 1, promotionId: 1, 'contact.email': 1 }, { unique: true });
VolunteerSchema.index({ territoryId: 1, promotionId: 1, status: 1 });
// Exactly the fields of the status transition's compare-and-set, for the embedded engine (see candidate.schema.ts).
VolunteerSchema.index({ territoryId: 1, _id: 1, status: 1 }, { unique: true, name: 'territory_id_status' });
// The console's search (`q`): a prefix of the last name.
VolunteerSchema.index({ territoryId: 1, 'identity.lastName': 1 });
VolunteerSchema.index({ territoryId: 1, userId: 1 }, { sparse: true });
