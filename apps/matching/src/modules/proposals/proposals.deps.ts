import type { PairRepository } from '../pairs/pair.repository';
import type { RecruitmentClient } from '../recruitment/recruitment.client';
import type { ScoringWeightsRepository } from '../weights/scoring-weights.repository';
import type { PromotionMatchingRepository } from './promotion-matching.repository';

/** What the proposal use cases need; built once in the composition root. */
export interface ProposalsDeps {
  pairs: PairRepository;
  matchings: PromotionMatchingRepository;
  weights: ScoringWeightsRepository;
  recruitment: Pick<RecruitmentClient, 'cohort' | 'promotion'>;
}
