import type { PairRepository } from './pairs/pair.repository';
import type { PromotionMatchingRepository } from './proposals/promotion-matching.repository';
import type { RecruitmentGateway } from './recruitment/recruitment.gateway';
import type { ScoringWeightsRepository } from './weights/scoring-weights.repository';

/** What the use cases need; built once in the composition root. */
export interface MatchingDeps {
  pairs: PairRepository;
  matchings: PromotionMatchingRepository;
  weights: ScoringWeightsRepository;
  recruitment: Pick<RecruitmentGateway, 'cohort' | 'promotion' | 'ownPeople'>;
}
