import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { KonnecteurLink, Pair } from './pair.entity';

export const PairSchema = new Schema<Pair>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    promotionId: String,
    beneficiaryId: String,
    konnecteurId: String,
    ended: { type: Boolean, required: true },
    updatedAt: Date,
  },
  { collection: 'pairs', versionKey: false, minimize: false },
);
PairSchema.plugin(tenantGuard);
PairSchema.index({ territoryId: 1, konnecteurId: 1 });

export const KonnecteurLinkSchema = new Schema<KonnecteurLink>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    konnecteurId: { type: String, required: true },
    email: { type: String, required: true },
    updatedAt: Date,
  },
  { collection: 'konnecteur_links', versionKey: false, minimize: false },
);
KonnecteurLinkSchema.plugin(tenantGuard);
KonnecteurLinkSchema.index({ territoryId: 1, email: 1 });
