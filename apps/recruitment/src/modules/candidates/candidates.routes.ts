import type { Router } from 'express';
import type { ReferralRepository } from '../referrals/referral.repository';
import { applyRoutes } from './apply/apply.routes';
import type { CandidateRepository } from './candidate.repository';
import type { CandidateReadDeps, CandidatesDeps } from './candidates.deps';
import { closeRoutes } from './close/close.routes';
import { decisionRoutes } from './decision/decision.routes';
import { eligibilityRoutes } from './eligibility/eligibility.routes';
import { eraseRoutes } from './erase/erase.routes';
import { getCandidateRoutes } from './get-candidate/get-candidate.routes';
import { interviewRoutes } from './interview/interview.routes';
import { listCandidatesRoutes } from './list-candidates/list-candidates.routes';
import { renewalRoutes } from './renewal/renewal.routes';
import { screeningRoutes } from './screening/screening.routes';
import { waitlistViewRoutes } from './waitlist-view/waitlist-view.routes';

/** Public: intake step 1, the application (the gateway rate-limits it). */
export function candidatesPublicRoutes(router: Router, candidates: CandidateRepository, territories: readonly string[], referrals: ReferralRepository): void {
  applyRoutes(router, candidates, territories, referrals);
}

/** Reading candidates (each in the view its reach gives), intake steps 2–4, withdrawal, renewal, erasure, eligibility and waitlists. */
export function candidatesRoutes(router: Router, deps: CandidatesDeps & CandidateReadDeps): void {
  listCandidatesRoutes(router, deps);
  getCandidateRoutes(router, deps);
  screeningRoutes(router, deps);
  interviewRoutes(router, deps);
  decisionRoutes(router, deps);
  closeRoutes(router, deps);
  renewalRoutes(router, deps);
  eraseRoutes(router, deps);
  eligibilityRoutes(router, deps);
  waitlistViewRoutes(router, deps);
}
