import { Schema, type Connection } from 'mongoose';
import { DEFAULT_SCORING_WEIGHTS, type ScoringWeights } from '@binome/matching-engine';
import { scoped, tenantGuard, territory, type TenantScope, TenantRepository } from '@binome/persistence';

/** A territory's scoring weights, tuned by its staff; the engine's defaults until then. */
export interface TerritoryWeights {
  _id: string;
  territoryId: string;
  weights: ScoringWeights;
  updatedAt: Date;
  updatedBy: string;
}

const TerritoryWeightsSchema = new Schema<TerritoryWeights>(
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

export interface WeightsView {
  territoryId: string;
  weights: ScoringWeights;
  isDefault: boolean;
  updatedAt?: Date;
}

export class ScoringWeightsRepository extends TenantRepository<TerritoryWeights> {
  constructor(connection: Connection) {
    super(connection, 'TerritoryWeights', TerritoryWeightsSchema);
  }

  async get(scope: TenantScope, territoryId: string): Promise<WeightsView> {
    const doc = await this.model.findOne(scoped<TerritoryWeights>(scope, { _id: territoryId, territoryId })).lean<TerritoryWeights>();
    return doc
      ? { territoryId, weights: doc.weights, isDefault: false, updatedAt: doc.updatedAt }
      : { territoryId, weights: DEFAULT_SCORING_WEIGHTS, isDefault: true };
  }

  /** The weights a run in the territory uses. */
  async weightsOf(territoryId: string): Promise<ScoringWeights> {
    return (await this.get(territory(territoryId), territoryId)).weights;
  }

  async put(territoryId: string, weights: ScoringWeights, by: string): Promise<WeightsView> {
    const updatedAt = new Date();
    await this.model.updateOne({ _id: territoryId, territoryId }, { $set: { weights, updatedAt, updatedBy: by } }, { upsert: true });
    return { territoryId, weights, isDefault: false, updatedAt };
  }
}
