import type { Router } from 'express';
import type { SessionsDeps } from '../sessions/sessions.deps';
import { listRecommendationsRoutes } from './list-recommendations/list-recommendations.routes';

/** À la carte: workshops recommended from each person's intake needs. */
export function recommendationsRoutes(router: Router, d: SessionsDeps): void {
  listRecommendationsRoutes(router, d);
}
