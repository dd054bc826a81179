import type { Router } from 'express';
import { listRecommendationsRoutes } from './list-recommendations/list-recommendations.routes';
import type { RecommendationsDeps } from './recommendations.deps';

/** À la carte: workshops recommended from each person's intake needs, T0 gaps and meeting topics. */
export function recommendationsRoutes(router: Router, d: RecommendationsDeps): void {
  listRecommendationsRoutes(router, d);
}
