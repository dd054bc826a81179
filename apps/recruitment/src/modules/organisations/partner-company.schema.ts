import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { PartnerCompany } from './partner-company.entity';
import { ContactSchema, territoriesPath } from './partner.schema-parts';

export const PartnerCompanySchema = new Schema<PartnerCompany>(
  {
    _id: { type: String, required: true },
    territoryId: territoriesPath,
    name: { type: String, required: true },
    sectors: [String],
    hrContacts: [ContactSchema],
    expectedVolunteersPerPromotion: { type: Number, required: true },
    active: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'partner_companies', versionKey: false },
);
PartnerCompanySchema.plugin(tenantGuard);
PartnerCompanySchema.index({ territoryId: 1, name: 1 });
