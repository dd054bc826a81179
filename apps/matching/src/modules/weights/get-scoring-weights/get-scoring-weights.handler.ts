import { assertTerritory, type Principal } from '@binome/auth';
import type { WeightsDeps } from '../weights.deps';

/** A territory's weights: the engine's defaults until its staff tune them. */
export async function getScoringWeights(d: WeightsDeps, principal: Principal, territoryId: string) {
  assertTerritory(principal, territoryId);
  return d.weights.get(principal.scope, territoryId);
}
