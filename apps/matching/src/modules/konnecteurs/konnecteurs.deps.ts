import type { PairRepository } from '../pairs/pair.repository';
import type { PromotionMatchingRepository } from '../proposals/promotion-matching.repository';
import type { RecruitmentClient } from '../recruitment/recruitment.client';

/** What assigning Konnecteurs needs; built once in the composition root. */
export interface KonnecteursDeps {
  pairs: PairRepository;
  matchings: PromotionMatchingRepository;
  recruitment: Pick<RecruitmentClient, 'promotion'>;
}
