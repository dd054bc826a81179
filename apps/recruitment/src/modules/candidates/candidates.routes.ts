import type { Router } from 'express';
import type { ReferralRepository } from '../referrals/referral.repository';
import { applyRoutes } from './apply/apply.routes';
import type { CandidateRepository } from './candidate.repository';
import type { CandidateReadDeps, CandidatesDeps } from './candidates.deps';
import { closeCandidateRoutes } from './close-candidate/close-candidate.routes';
import { decideCandidateRoutes } from './decide-candidate/decide-candidate.routes';
import { getEligibilityRoutes } from './get-eligibility/get-eligibility.routes';
import { eraseCandidateRoutes } from './erase-candidate/erase-candidate.routes';
import { getCandidateRoutes } from './get-candidate/get-candidate.routes';
import { interviewCandidateRoutes } from './interview-candidate/interview-candidate.routes';
import { listCandidatesRoutes } from './list-candidates/list-candidates.routes';
import { renewCandidateRoutes } from './renew-candidate/renew-candidate.routes';
import { screenCandidateRoutes } from './screen-candidate/screen-candidate.routes';
import { getWaitlistRoutes } from './get-waitlist/get-waitlist.routes';

/** Public: intake step 1, the application (the gateway rate-limits it). */
export function candidatesPublicRoutes(
  router: Router,
  candidates: CandidateRepository,
  territories: readonly string[],
  referrals: ReferralRepository,
): void {
  applyRoutes(router, candidates, territories, referrals);
}

/** Reading candidates (each in the view its reach gives), intake steps 2–4, withdrawal, renewal, erasure, eligibility and waitlists. */
export function candidatesRoutes(router: Router, deps: CandidatesDeps & CandidateReadDeps): void {
  listCandidatesRoutes(router, deps);
  getCandidateRoutes(router, deps);
  screenCandidateRoutes(router, deps);
  interviewCandidateRoutes(router, deps);
  decideCandidateRoutes(router, deps);
  closeCandidateRoutes(router, deps);
  renewCandidateRoutes(router, deps);
  eraseCandidateRoutes(router, deps);
  getEligibilityRoutes(router, deps);
  getWaitlistRoutes(router, deps);
}
