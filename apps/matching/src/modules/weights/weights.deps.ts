import type { ScoringWeightsRepository } from './scoring-weights.repository';

/** What the scoring-weights use cases need; built once in the composition root. */
export interface WeightsDeps {
  weights: ScoringWeightsRepository;
}
