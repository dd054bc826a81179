import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import { DISSOLUTION_REASONS, PAIR_STATUSES, type Pair } from './pair.entity';

export const PairSchema = new Schema<Pair>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    promotionId: { type: String, required: true },
    beneficiaryId: { type: String, required: true },
    volunteerId: { type: String, required: true },
    status: { type: String, enum: PAIR_STATUSES, required: true },
    // Mixed: the engine's breakdown as it is (contributions per criterion and their details).
    score: { type: Schema.Types.Mixed, required: true },
    meetingPlace: { _id: false, lat: Number, lon: Number },
    pinned: { type: Boolean, default: false },
    proposalId: String,
    replacesPairId: String,
    konnecteurId: String,
    konnecteurEmail: String,
    konnecteurDistanceKm: Number,
    dissolution: { _id: false, reason: { type: String, enum: DISSOLUTION_REASONS }, note: String },
    history: [{ _id: false, status: String, at: Date, by: String }],
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'pairs', versionKey: false, minimize: false },
);
PairSchema.plugin(tenantGuard);
PairSchema.plugin(outboxPlugin);
PairSchema.index({ territoryId: 1, promotionId: 1, status: 1 });
PairSchema.index({ territoryId: 1, beneficiaryId: 1 });
PairSchema.index({ territoryId: 1, volunteerId: 1 });
