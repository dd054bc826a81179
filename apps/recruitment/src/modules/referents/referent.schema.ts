import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { REFERENT_KINDS, type Referent } from './referent.entity';

export const ReferentSchema = new Schema<Referent>(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: REFERENT_KINDS, required: true },
    territoryId: { type: [String], required: true },
    identity: { firstName: { type: String, required: true }, lastName: { type: String, required: true } },
    contact: { email: { type: String, required: true }, phone: String },
    userId: String,
    companyId: String,
    town: { type: String, required: true },
    location: { _id: false, lat: Number, lon: Number },
    availability: [String],
    capacity: { type: Number, required: true },
    topics: [String],
    active: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'referents', versionKey: false },
);
ReferentSchema.plugin(tenantGuard);
ReferentSchema.index({ kind: 1, territoryId: 1, 'identity.lastName': 1 });
ReferentSchema.index({ kind: 1, 'contact.email': 1 }, { unique: true });
