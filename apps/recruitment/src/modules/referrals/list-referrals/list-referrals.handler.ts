import type { Permission, Principal } from '@binome/auth';
import { partnerViewOf } from '../referral.entity';
import { referralReach } from '../referral.reach';
import type { ReferralDeps } from '../referrals.deps';
import type { ListReferralsQuery } from './list-referrals.request';

/** Staff get their territories' referrals in full; a partner or the person, theirs minimised. */
export async function listReferrals(deps: ReferralDeps, principal: Principal, permission: Permission, q: ListReferralsQuery) {
  const reach = await referralReach(deps, principal, permission);
  if (!reach) return { items: [], total: 0 };
  if (reach.kind === 'territory') return deps.referrals.list(reach.scope, q);
  const { items, total } =
    reach.kind === 'partner'
      ? await deps.referrals.listForPartner(reach.partnerId, q)
      : await deps.referrals.list(reach.scope, q, { candidateId: { $in: reach.candidateIds } });
  return { items: items.map(partnerViewOf), total };
}
