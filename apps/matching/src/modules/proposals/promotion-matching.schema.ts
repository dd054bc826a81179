import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { PromotionMatching } from './promotion-matching.entity';

const Ref = { _id: false, beneficiaryId: { type: String, required: true }, volunteerId: { type: String, required: true } };

export const PromotionMatchingSchema = new Schema<PromotionMatching>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    pins: [Ref],
    bans: [Ref],
    latest: { type: Schema.Types.Mixed },
    version: { type: Number, required: true },
    leaseUntil: { type: Date, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'promotion_matchings', versionKey: false },
);
PromotionMatchingSchema.plugin(tenantGuard);
