import { randomUUID } from 'node:crypto';
import { hasAnyRole, type Principal } from '@binome/auth';
import { forbidden, notFound } from '@binome/errors';
import { territory } from '@binome/persistence';
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
  onWrite: () => void;
}

const isStaff = (p: Principal) => hasAnyRole(p, ['hq-admin', 'territory-manager']);

/** A partner user's organisation; a partner-ngo token without one sees nothing. */
function partnerIdOf(p: Principal): string {
  if (!p.partnerId) throw forbidden('This account is not attached to a partner organisation');
  return p.partnerId;
}

/** Staff see their territories' referrals in full; a partner sees those addressed to it, minimised. */
export async function listReferrals(deps: ReferralDeps, principal: Principal, q: ListReferralsQuery) {
  if (isStaff(principal)) return deps.referrals.list(principal.scope, q);
  const { items, total } = await deps.referrals.listForPartner(partnerIdOf(principal), q);
  return { items: items.map(partnerViewOf), total };
}

async function visibleReferral(deps: ReferralDeps, principal: Principal, id: string): Promise<Referral> {
  if (isStaff(principal)) return loadReferral(deps.referrals, principal.scope, id);
  const r = await deps.referrals.findForPartner(partnerIdOf(principal), id);
  if (!r) throw notFound('Referral');
  return r;
}

export async function getReferral(deps: ReferralDeps, principal: Principal, id: string) {
  const r = await visibleReferral(deps, principal, id);
  return isStaff(principal) ? r : partnerViewOf(r);
}

export async function createReferral(deps: ReferralDeps, principal: Principal, input: CreateReferralRequest, correlationId?: string): Promise<Referral> {
  const candidate = await loadActive(deps.candidates, principal, input.candidateId);
  await assertPartnerExists(deps.partners, candidate.territoryId, input.partnerId);
  return issueReferral(deps.referrals, {
    id: randomUUID(),
    candidate,
    direction: 'outbound',
    partnerId: input.partnerId,
    reason: input.reason,
    by: principal.subject,
    ...(correlationId ? { correlationId } : {}),
  });
}

/**
 * Staff move any referral of their territories; the addressed partner moves the outbound
 * referrals it received (it accepts the person, then closes with an outcome).
 */
export async function updateReferralStatus(deps: ReferralDeps, principal: Principal, id: string, input: ReferralStatusRequest, correlationId?: string) {
  const r = await visibleReferral(deps, principal, id);
  if (!isStaff(principal) && r.direction !== 'outbound') throw forbidden('A partner updates only the referrals it received');
  const moved = await changeReferralStatus(deps.referrals, territory(r.territoryId), r, {
    to: input.status,
    ...(input.outcome ? { outcome: input.outcome } : {}),
    ...(input.note ? { note: input.note } : {}),
    by: principal.subject,
    ...(correlationId ? { correlationId } : {}),
  });
  return isStaff(principal) ? moved : partnerViewOf(moved);
}
