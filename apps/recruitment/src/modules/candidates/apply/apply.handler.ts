import { randomUUID } from 'node:crypto';
import { issueReferral } from '../../referrals/referral-writes';
import type { ReferralRepository } from '../../referrals/referral.repository';
import type { Candidate } from '../candidate.entity';
import { newCandidate } from '../candidate.factory';
import type { CandidateRepository } from '../candidate.repository';
import type { ApplyRequest } from './apply.request';

/** Records an application and, in the same write, the `CandidateApplied` event. */
export async function applyHandler(
  repository: CandidateRepository,
  input: ApplyRequest,
  referrals?: ReferralRepository,
): Promise<Candidate> {
  // The inbound referral's id is chosen now and stored with the candidate, so that creating the
  // referral (another document) can be repeated safely later (see convertInboundReferral).
  const { candidate, events } = newCandidate(input, {
    by: 'self',
    ...(input.channel === 'partner_referral' ? { inboundReferralId: randomUUID() } : {}),
  });
  await repository.insert(candidate, events);
  if (referrals && candidate.inboundReferralId && candidate.referringPartnerId) {
    // Second document, after the candidate: the partner follows its referral's conversion. If this
    // write is lost, admission re-creates the referral before converting it (idempotent by id).
    await issueReferral(referrals, {
      id: candidate.inboundReferralId,
      candidate,
      direction: 'inbound',
      partnerId: candidate.referringPartnerId,
      by: 'self',
    });
  }
  return candidate;
}
