import type { Router } from 'express';
import { getPromotionRoutes } from './get-promotion/get-promotion.routes';
import { listPromotionsRoutes } from './list-promotions/list-promotions.routes';
import { planPromotionRoutes } from './plan-promotion/plan-promotion.routes';
import type { PromotionsDeps } from './promotions.deps';
import { transitionPromotionRoutes } from './transition-promotion/transition-promotion.routes';

/** Promotions: plan (staff), list, get, lifecycle (staff). */
export function promotionsRoutes(router: Router, deps: PromotionsDeps, territories: readonly string[]): void {
  planPromotionRoutes(router, deps, territories);
  listPromotionsRoutes(router, deps);
  getPromotionRoutes(router, deps);
  transitionPromotionRoutes(router, deps);
}
