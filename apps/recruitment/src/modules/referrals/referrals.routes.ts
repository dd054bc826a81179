import type { Router } from 'express';
import { changeReferralStatusRoutes } from './change-referral-status/change-referral-status.routes';
import { createReferralRoutes } from './create-referral/create-referral.routes';
import { getReferralRoutes } from './get-referral/get-referral.routes';
import { listReferralsRoutes } from './list-referrals/list-referrals.routes';
import type { ReferralDeps } from './referrals.deps';

/** Referrals to and from partner organisations: list, get, issue (staff), change status (staff or the addressed partner). */
export function referralsRoutes(router: Router, deps: ReferralDeps): void {
  listReferralsRoutes(router, deps);
  getReferralRoutes(router, deps);
  createReferralRoutes(router, deps);
  changeReferralStatusRoutes(router, deps);
}
