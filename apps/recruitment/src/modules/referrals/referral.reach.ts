import { reaches, territoryReach, type Permission, type Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { TenantScope } from '@binome/persistence';
import { candidateReach } from '../candidates/candidate.reach';
import type { Referral } from './referral.entity';
import { loadReferral } from './referral-writes';
import type { ReferralDeps } from './referrals.deps';

/**
 * How far the principal reaches into referrals: staff (territory rules) see their territories'
 * referrals in full; a partner NGO (`own-referrals`) those addressed to it and shared with consent,
 * minimised, across territories; a beneficiary (`self`) the referrals of their own application
 * (verified email, realm's territory), minimised. Anything else sees nothing.
 */
export type ReferralReach =
  | { kind: 'territory'; scope: TenantScope }
  | { kind: 'partner'; partnerId: string }
  | { kind: 'self'; scope: TenantScope; candidateIds: string[] };

export async function referralReach(deps: ReferralDeps, principal: Principal, permission: Permission): Promise<ReferralReach | undefined> {
  const territories = territoryReach(principal, permission);
  if (territories) return { kind: 'territory', scope: territories };
  if (reaches(permission, 'own-referrals') && principal.partnerId) return { kind: 'partner', partnerId: principal.partnerId };
  if (reaches(permission, 'self')) {
    const self = candidateReach(principal, { allowed: true, scope: 'self', scopes: ['self'] });
    if (!self) return undefined;
    const { items } = await deps.candidates.list(self.scope, { page: 1, perPage: 10 }, self.filter);
    return { kind: 'self', scope: self.scope, candidateIds: items.map((c) => c._id) };
  }
  return undefined;
}

/** The referral with this id if the reach covers it; 404 otherwise. */
export async function visibleReferral(deps: ReferralDeps, reach: ReferralReach | undefined, id: string): Promise<Referral> {
  if (reach?.kind === 'territory') return loadReferral(deps.referrals, reach.scope, id);
  const r =
    reach?.kind === 'partner'
      ? await deps.referrals.findForPartner(reach.partnerId, id)
      : reach?.kind === 'self'
        ? await deps.referrals.findById(reach.scope, id, { candidateId: { $in: reach.candidateIds } })
        : null;
  if (!r) throw notFound('Referral');
  return r;
}
