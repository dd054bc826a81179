import type { Router } from 'express';
import { getScoringWeightsRoutes } from './get-scoring-weights/get-scoring-weights.routes';
import { putScoringWeightsRoutes } from './put-scoring-weights/put-scoring-weights.routes';
import type { WeightsDeps } from './weights.deps';

/** A territory's scoring weights, read and tuned by its staff. */
export function weightsRoutes(router: Router, d: WeightsDeps, territories: readonly string[]): void {
  getScoringWeightsRoutes(router, d, territories);
  putScoringWeightsRoutes(router, d, territories);
}
