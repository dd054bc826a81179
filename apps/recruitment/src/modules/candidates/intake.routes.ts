import type { Router } from 'express';
import { closeRoutes } from './close/close.routes';
import { decisionRoutes } from './decision/decision.routes';
import { eligibilityRoutes } from './eligibility/eligibility.routes';
import { eraseRoutes } from './erase/erase.routes';
import type { IntakeDeps } from './intake.shared';
import { interviewRoutes } from './interview/interview.routes';
import { renewalRoutes } from './renewal/renewal.routes';
import { screeningRoutes } from './screening/screening.routes';
import { waitlistViewRoutes } from './waitlist-view/waitlist-view.routes';

/** Intake steps 2–4, withdrawal, renewal, erasure, eligibility and waitlists (staff only). */
export function intakeRoutes(router: Router, deps: IntakeDeps): void {
  screeningRoutes(router, deps);
  interviewRoutes(router, deps);
  decisionRoutes(router, deps);
  closeRoutes(router, deps);
  renewalRoutes(router, deps);
  eraseRoutes(router, deps);
  eligibilityRoutes(router, deps);
  waitlistViewRoutes(router, deps);
}
