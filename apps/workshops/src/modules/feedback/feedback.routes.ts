import type { Router } from 'express';
import type { FeedbackDeps } from './feedback.deps';
import { getWorkshopFeedbackRoutes } from './get-workshop-feedback/get-workshop-feedback.routes';
import { giveFeedbackRoutes } from './give-feedback/give-feedback.routes';

/** Ratings after a session, and what staff see of them per workshop. */
export function feedbackRoutes(router: Router, d: FeedbackDeps): void {
  giveFeedbackRoutes(router, d);
  getWorkshopFeedbackRoutes(router, d);
}
