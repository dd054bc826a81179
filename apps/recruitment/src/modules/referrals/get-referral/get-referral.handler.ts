import type { Permission, Principal } from '@binome/auth';
import { partnerViewOf } from '../referral.entity';
import { referralReach, visibleReferral } from '../referral.reach';
import type { ReferralDeps } from '../referrals.deps';

/** Staff get the referral in full; a partner or the person, minimised. */
export async function getReferral(deps: ReferralDeps, principal: Principal, permission: Permission, id: string) {
  const reach = await referralReach(deps, principal, permission);
  const r = await visibleReferral(deps, reach, id);
  return reach?.kind === 'territory' ? r : partnerViewOf(r);
}
