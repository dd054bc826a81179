import type { PromotionReachDeps } from './promotion.reach';
import type { PromotionRepository } from './promotion.repository';

/** What the promotions' use cases work with: reads resolve the people linked to a promotion. */
export interface PromotionsDeps {
  promotions: PromotionRepository;
  people: PromotionReachDeps;
}
