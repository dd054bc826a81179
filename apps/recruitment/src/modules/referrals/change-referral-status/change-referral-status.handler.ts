import type { Permission, Principal } from '@binome/auth';
import { forbidden } from '@binome/errors';
import { territory } from '@binome/persistence';
import { partnerViewOf } from '../referral.entity';
import { referralReach, visibleReferral } from '../referral.reach';
import { changeReferralStatus } from '../referral-writes';
import type { ReferralDeps } from '../referrals.deps';
import type { ReferralStatusRequest } from './change-referral-status.request';

/**
 * Staff move any referral of their territories; the addressed partner moves the outbound
 * referrals it received (it accepts the person, then closes with an outcome).
 */
export async function updateReferralStatus(
  deps: ReferralDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  input: ReferralStatusRequest,
) {
  const reach = await referralReach(deps, principal, permission);
  const r = await visibleReferral(deps, reach, id);
  const isStaff = reach?.kind === 'territory';
  if (!isStaff && r.direction !== 'outbound') throw forbidden('A partner updates only the referrals it received');
  const moved = await changeReferralStatus(deps.referrals, territory(r.territoryId), r, {
    to: input.status,
    ...(input.outcome ? { outcome: input.outcome } : {}),
    ...(input.note ? { note: input.note } : {}),
    by: principal.subject,
  });
  return isStaff ? moved : partnerViewOf(moved);
}
