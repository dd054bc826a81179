import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import { REFERRAL_DIRECTIONS, REFERRAL_OUTCOMES, REFERRAL_STATUSES, type Referral } from './referral.entity';

export const ReferralSchema = new Schema<Referral>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    candidateId: { type: String, required: true },
    direction: { type: String, enum: REFERRAL_DIRECTIONS, required: true },
    partnerId: { type: String, required: true },
    status: { type: String, enum: REFERRAL_STATUSES, required: true },
    reason: String,
    outcome: { type: String, enum: REFERRAL_OUTCOMES },
    note: String,
    sharedWithPartner: { type: Boolean, required: true },
    person: new Schema({ firstName: String, lastName: String, email: String, phone: String, frenchLevel: String }, { _id: false }),
    revision: { type: Number, required: true, default: 0 },
    history: [{ _id: false, status: String, at: Date, by: String, note: String }],
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    erasedAt: Date,
  },
  { collection: 'referrals', versionKey: false },
);
ReferralSchema.plugin(tenantGuard);
ReferralSchema.plugin(outboxPlugin);
ReferralSchema.index({ territoryId: 1, candidateId: 1 });
// Exactly the fields of the compare-and-set (`change`), for the embedded engine (see candidate.schema.ts).
ReferralSchema.index({ territoryId: 1, _id: 1, revision: 1, erasedAt: 1 }, { unique: true, name: 'territory_id_revision' });
// A partner's referrals, across territories.
ReferralSchema.index({ partnerId: 1, sharedWithPartner: 1, createdAt: -1 });
