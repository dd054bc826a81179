import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { IssuerKey } from './issuer-key.entity';

export const IssuerKeySchema = new Schema<IssuerKey>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    privateJwk: Schema.Types.Mixed,
    publicJwk: { type: Schema.Types.Mixed, required: true },
    activatedAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    retired: { type: new Schema({ at: Date, by: String, reason: String }, { _id: false }), default: undefined },
    createdAt: { type: Date, required: true },
  },
  { collection: 'issuer_keys', versionKey: false, minimize: false },
);
IssuerKeySchema.plugin(tenantGuard);
