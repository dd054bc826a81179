import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { MEMBERSHIP_STATUSES, type PairMembership } from './pair-membership.entity';

export const PairMembershipSchema = new Schema<PairMembership>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    promotionId: String,
    beneficiaryId: String,
    volunteerId: String,
    konnecteurId: String,
    status: { type: String, enum: MEMBERSHIP_STATUSES },
    statusOrder: Number,
    updatedAt: { type: Date, required: true },
  },
  { collection: 'pair_memberships', versionKey: false },
);
PairMembershipSchema.plugin(tenantGuard);
PairMembershipSchema.index({ territoryId: 1, beneficiaryId: 1 });
PairMembershipSchema.index({ territoryId: 1, volunteerId: 1 });
PairMembershipSchema.index({ territoryId: 1, konnecteurId: 1 });
