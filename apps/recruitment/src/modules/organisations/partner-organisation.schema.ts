import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { ORGANISATION_KINDS, type PartnerOrganisation } from './partner-organisation.entity';
import { ContactSchema, territoriesPath } from './partner.schema-parts';

export const PartnerOrganisationSchema = new Schema<PartnerOrganisation>(
  {
    _id: { type: String, required: true },
    territoryId: territoriesPath,
    name: { type: String, required: true },
    kind: { type: String, enum: ORGANISATION_KINDS, required: true },
    refersIn: { type: Boolean, required: true },
    receivesReferrals: { type: Boolean, required: true },
    contacts: [ContactSchema],
    website: String,
    active: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'partner_organisations', versionKey: false },
);
PartnerOrganisationSchema.plugin(tenantGuard);
PartnerOrganisationSchema.index({ territoryId: 1, name: 1 });
