import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import { CANDIDATE_STATUSES, CEFR_LEVELS, CHANNELS, LANGUAGE_LEVELS, PROTECTION_STATUSES, type Candidate } from './candidate.entity';

const ConsentSchema = new Schema({ given: Boolean, at: Date, noticeVersion: String }, { _id: false });

export const CandidateSchema = new Schema<Candidate>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    status: { type: String, enum: CANDIDATE_STATUSES, required: true },
    identity: { firstName: { type: String, required: true }, lastName: { type: String, required: true } },
    contact: { email: { type: String, required: true }, phone: String, town: { type: String, required: true } },
    protection: { status: { type: String, enum: PROTECTION_STATUSES, required: true }, grantedOn: String },
    languages: [{ _id: false, language: String, level: { type: String, enum: LANGUAGE_LEVELS } }],
    frenchLevel: { type: String, enum: CEFR_LEVELS, required: true },
    experience: [{ _id: false, trade: String, sector: String, years: Number, country: String }],
    education: String,
    target: { trade: String, sector: String },
    channel: { type: String, enum: CHANNELS, required: true },
    referringPartnerId: String,
    consent: { dataProcessing: ConsentSchema, partnerSharing: ConsentSchema },
    history: [{ _id: false, status: String, at: Date, by: String, note: String }],
    appliedAt: { type: Date, required: true },
  },
  { collection: 'candidates', versionKey: false },
);
CandidateSchema.plugin(tenantGuard);
CandidateSchema.plugin(outboxPlugin);
// One open application per person and territory.
CandidateSchema.index({ territoryId: 1, 'contact.email': 1 }, { unique: true });
CandidateSchema.index({ territoryId: 1, status: 1, appliedAt: -1 });
