import { Schema } from 'mongoose';
import { readDefaults, tenantGuard } from '@binome/persistence';
import type { Beneficiary } from './beneficiary.entity';

export const BeneficiarySchema = new Schema<Beneficiary>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    promotionId: String,
    admitted: { type: Boolean, required: true, default: false },
    needs: [String],
    referringPartnerId: String,
    updatedAt: { type: Date, required: true },
  },
  { collection: 'beneficiaries', versionKey: false, minimize: false },
);
BeneficiarySchema.plugin(tenantGuard);
BeneficiarySchema.index({ territoryId: 1, promotionId: 1 });
readDefaults<Beneficiary>(BeneficiarySchema, (d) => {
  d.needs ??= [];
});
