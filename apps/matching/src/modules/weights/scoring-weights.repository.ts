import type { Connection } from 'mongoose';
import { DEFAULT_SCORING_WEIGHTS, type ScoringWeights } from '@binome/matching-engine';
import { scoped, territory, type TenantScope, TenantRepository } from '@binome/persistence';
import type { TerritoryWeights, WeightsView } from './scoring-weights.entity';
import { TerritoryWeightsSchema } from './scoring-weights.schema';

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
