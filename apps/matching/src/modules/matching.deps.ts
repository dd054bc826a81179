import type { PairRepository } from './pairs/pair.repository';
import type { PromotionMatchingRepository } from './proposals/promotion-matching.repository';
import type { RecruitmentClient } from './recruitment/recruitment.client';
import type { ScoringWeightsRepository } from './weights/scoring-weights.repository';

/** What the use cases need; built once in the composition root. */
export interface MatchingDeps {
  pairs: PairRepository;
  matchings: PromotionMatchingRepository;
  weights: ScoringWeightsRepository;
  recruitment: Pick<RecruitmentClient, 'cohort' | 'promotion' | 'ownPeople'>;
}
