import type { PromotionMatchingRepository } from '../proposals/promotion-matching.repository';
import type { RecruitmentClient } from '../recruitment/recruitment.client';
import type { ScoringWeightsRepository } from '../weights/scoring-weights.repository';
import type { PairRepository } from './pair.repository';

/** What the pair use cases need; built once in the composition root. */
export interface PairsDeps {
  pairs: PairRepository;
  matchings: PromotionMatchingRepository;
  weights: ScoringWeightsRepository;
  recruitment: Pick<RecruitmentClient, 'cohort' | 'ownPeople'>;
}
