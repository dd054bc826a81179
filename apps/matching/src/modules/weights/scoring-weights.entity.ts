import type { ScoringWeights } from '@binome/matching-engine';

/** A territory's scoring weights, tuned by its staff; the engine's defaults until then. */
export interface TerritoryWeights {
  _id: string;
  territoryId: string;
  weights: ScoringWeights;
  updatedAt: Date;
  updatedBy: string;
}

export interface WeightsView {
  territoryId: string;
  weights: ScoringWeights;
  isDefault: boolean;
  updatedAt?: Date;
}
