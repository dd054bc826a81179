import { randomUUID } from 'node:crypto';
import type { Principal } from '@binome/auth';
import { loadActive } from '../../candidates/candidate-writes';
import { assertPartnerExists } from '../partner-directory';
import type { Referral } from '../referral.entity';
import { issueReferral } from '../referral-writes';
import type { ReferralDeps } from '../referrals.deps';
import type { CreateReferralRequest } from './create-referral.request';

/** Staff refer an active candidate of their territories to an existing partner. */
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
