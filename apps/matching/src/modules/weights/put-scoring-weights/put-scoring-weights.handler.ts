import { assertTerritory, type Principal } from '@binome/auth';
import { validationFailed } from '@binome/errors';
import { CRITERIA, resolveWeights } from '@binome/matching-engine';
import type { WeightsDeps } from '../weights.deps';
import type { ScoringWeightsInput } from './put-scoring-weights.request';

/** Tunes a territory's weights; what is left out keeps the engine's default, and some criterion must count. */
export async function putScoringWeights(d: WeightsDeps, principal: Principal, territoryId: string, input: ScoringWeightsInput) {
  assertTerritory(principal, territoryId);
  const weights = resolveWeights(input);
  if (CRITERIA.every((c) => weights.criteria[c] === 0))
    throw validationFailed([{ field: 'body.criteria', message: 'at least one criterion must weigh more than 0' }]);
  return d.weights.put(territoryId, weights, principal.subject);
}
