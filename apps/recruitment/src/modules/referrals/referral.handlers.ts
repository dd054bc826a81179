import { randomUUID } from 'node:crypto';
import { reaches, territoryReach, type Permission, type Principal } from '@binome/auth';
import { forbidden, notFound } from '@binome/errors';
import { territory, type TenantScope } from '@binome/persistence';
import { candidateReach } from '../candidates/candidate.reach';
import type { CandidateRepository } from '../candidates/candidate.repository';
import { loadActive } from '../candidates/intake.shared';
import { assertPartnerExists, type PartnerDirectory } from './partner-directory';
import { partnerViewOf, type Referral } from './referral.entity';
import { changeReferralStatus, issueReferral, loadReferral } from './referral.operations';
import type { ReferralRepository } from './referral.repository';
import type { CreateReferralRequest, ListReferralsQuery, ReferralStatusRequest } from './referral.request';

export interface ReferralDeps {
  referrals: ReferralRepository;
  candidates: CandidateRepository;
  partners: PartnerDirectory;
}

/**
 * How far the principal reaches into referrals: staff (territory rules) see their territories'
 * referrals in full; a partner NGO (`own-referrals`) those addressed to it and shared with consent,
 * minimised, across territories; a beneficiary (`self`) the referrals of their own application
 * (verified email, realm's territory), minimised. Anything else sees nothing.
 */
type ReferralReach = { kind: 'territory'; scope: TenantScope } | { kind: 'partner'; partnerId: string } | { kind: 'self'; scope: TenantScope; candidateIds: string[] };

async function referralReach(deps: ReferralDeps, principal: Principal, permission: Permission): Promise<ReferralReach | undefined> {
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

async function visibleReferral(deps: ReferralDeps, reach: ReferralReach | undefined, id: string): Promise<Referral> {
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

export async function getReferral(deps: ReferralDeps, principal: Principal, permission: Permission, id: string) {
  const reach = await referralReach(deps, principal, permission);
  const r = await visibleReferral(deps, reach, id);
  return reach?.kind === 'territory' ? r : partnerViewOf(r);
}

export async function createReferral(deps: ReferralDeps, principal: Principal, input: CreateReferralRequest): Promise<Referral> {
  const candidate = await loadActive(deps.candidates, principal, input.candidateId);
  await assertPartnerExists(deps.partners, candidate.territoryId, input.partnerId);
  return issueReferral(deps.referrals, {
    id: randomUUID(),
    candidate,
    direction: 'outbound',
    partnerId: input.partnerId,
    reason: input.reason,
    by: principal.subject,
  });
}

/**
 * Staff move any referral of their territories; the addressed partner moves the outbound
 * referrals it received (it accepts the person, then closes with an outcome).
 */
export async function updateReferralStatus(deps: ReferralDeps, principal: Principal, permission: Permission, id: string, input: ReferralStatusRequest) {
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
