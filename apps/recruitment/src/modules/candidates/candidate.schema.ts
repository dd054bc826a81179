import { Schema } from 'mongoose';
import { readDefaults, tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import {
  CANDIDATE_STATUSES,
  CEFR_LEVELS,
  CHANNELS,
  CLOSE_REASONS,
  GENDERS,
  LANGUAGE_LEVELS,
  PROTECTION_STATUSES,
  WEEKLY_SLOTS,
  WORKSHOP_NEEDS,
  type Candidate,
} from './candidate.entity';
import { withCandidateDefaults } from './candidate.factory';

const ConsentSchema = new Schema({ given: Boolean, at: Date, noticeVersion: String }, { _id: false });
const AssessmentSchema = new Schema({ score: Number, notes: String }, { _id: false });
const CriterionSchema = new Schema({ criterion: String, met: Boolean, explanation: String }, { _id: false });

export const CandidateSchema = new Schema<Candidate>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    status: { type: String, enum: CANDIDATE_STATUSES, required: true },
    revision: { type: Number, required: true, default: 0 },
    identity: { firstName: { type: String, required: true }, lastName: { type: String, required: true } },
    contact: { email: { type: String, required: true }, phone: String, town: { type: String, required: true } },
    protection: { status: { type: String, enum: PROTECTION_STATUSES, required: true }, grantedOn: String },
    languages: [{ _id: false, language: String, level: { type: String, enum: LANGUAGE_LEVELS } }],
    frenchLevel: { type: String, enum: CEFR_LEVELS, required: true },
    experience: [{ _id: false, trade: String, sector: String, years: Number, country: String }],
    education: String,
    target: { trade: String, sector: String },
    availability: { type: [{ type: String, enum: WEEKLY_SLOTS }], default: [] },
    gender: { type: String, enum: GENDERS },
    genderPreference: { type: String, enum: GENDERS },
    situation: { housingStable: Boolean, resourcesStable: Boolean, confirmedAt: Date },
    channel: { type: String, enum: CHANNELS, required: true },
    referringPartnerId: String,
    inboundReferralId: String,
    consent: { dataProcessing: ConsentSchema, partnerSharing: ConsentSchema },
    screening: new Schema({ understoodProgramme: Boolean, outcome: String, notes: String, at: Date, by: String }, { _id: false }),
    interview: new Schema(
      {
        interviewerIds: [String],
        durationMinutes: Number,
        assessedFrenchLevel: { type: String, enum: CEFR_LEVELS },
        need: AssessmentSchema,
        motivation: AssessmentSchema,
        projectMaturity: AssessmentSchema,
        workshopNeeds: [{ type: String, enum: WORKSHOP_NEEDS }],
        notes: String,
        at: Date,
        by: String,
      },
      { _id: false },
    ),
    decision: new Schema(
      {
        outcome: String,
        at: Date,
        by: String,
        promotionId: String,
        partnerId: String,
        referralId: String,
        reason: String,
        eligibility: [CriterionSchema],
        override: new Schema({ reason: String, unmetCriteria: [String], at: Date, by: String }, { _id: false }),
      },
      { _id: false },
    ),
    promotionId: String,
    waitlistPosition: Number,
    waitlistedAt: Date,
    closure: new Schema({ reason: { type: String, enum: CLOSE_REASONS }, notes: String, at: Date, by: String }, { _id: false }),
    renewal: new Schema({ fromPromotionId: String, promotionId: String, at: Date, by: String }, { _id: false }),
    erasedAt: Date,
    erasedBy: String,
    history: [{ _id: false, status: String, at: Date, by: String, action: String, note: String }],
    appliedAt: { type: Date, required: true },
  },
  { collection: 'candidates', versionKey: false },
);
CandidateSchema.plugin(tenantGuard);
CandidateSchema.plugin(outboxPlugin);
readDefaults(CandidateSchema, withCandidateDefaults);
// One open application per person and territory (an erased shell keeps a placeholder, see erase/).
CandidateSchema.index({ territoryId: 1, 'contact.email': 1 }, { unique: true });
// Exactly the fields of the compare-and-set (`change`): the embedded engine serves a filter from an
// index only when its fields are an index's (unique ones only); redundant on MongoDB.
CandidateSchema.index({ territoryId: 1, _id: 1, revision: 1, erasedAt: 1 }, { unique: true, name: 'territory_id_revision' });
CandidateSchema.index({ territoryId: 1, status: 1, appliedAt: -1 });
// The console's search (`q`): a prefix of the last name.
CandidateSchema.index({ territoryId: 1, 'identity.lastName': 1 });
// Capacity counts, waitlists and matching read a promotion's candidates by status.
CandidateSchema.index({ territoryId: 1, promotionId: 1, status: 1 });
