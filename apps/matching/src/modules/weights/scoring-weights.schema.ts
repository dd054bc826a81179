import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { TerritoryWeights } from './scoring-weights.entity';

export const TerritoryWeightsSchema = new Schema<TerritoryWeights>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    weights: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: 'scoring_weights', versionKey: false },
);
TerritoryWeightsSchema.plugin(tenantGuard);
