import { randomUUID } from 'node:crypto';
import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry } from '@binome/outbox';
import { issueReferral } from '../../referrals/referral.operations';
import type { ReferralRepository } from '../../referrals/referral.repository';
import type { Candidate } from '../candidate.entity';
import { CandidateApplied, CHANNEL_TO_PROTO } from '../candidate.events';
import type { CandidateRepository } from '../candidate.repository';
import type { ApplyRequest } from './apply.request';

/** Records an application and, in the same write, the `CandidateApplied` event. */
export async function applyHandler(repository: CandidateRepository, input: ApplyRequest, referrals?: ReferralRepository): Promise<Candidate> {
  const now = new Date();
  const candidate: Candidate = {
    _id: randomUUID(),
    territoryId: input.territoryId,
    status: 'applied',
    revision: 0,
    identity: { firstName: input.firstName, lastName: input.lastName },
    contact: { email: input.email, town: input.town, ...(input.phone ? { phone: input.phone } : {}) },
    protection: { status: input.protectionStatus, ...(input.protectionGrantedOn ? { grantedOn: input.protectionGrantedOn } : {}) },
    languages: input.languages,
    frenchLevel: input.frenchLevel,
    experience: input.experience,
    ...(input.education ? { education: input.education } : {}),
    target: { trade: input.targetTrade, sector: input.targetSector },
    availability: input.availability,
    ...(input.gender ? { gender: input.gender } : {}),
    ...(input.genderPreference ? { genderPreference: input.genderPreference } : {}),
    situation: {
      ...(input.housingStable !== undefined ? { housingStable: input.housingStable } : {}),
      ...(input.resourcesStable !== undefined ? { resourcesStable: input.resourcesStable } : {}),
    },
    channel: input.channel,
    ...(input.referringPartnerId ? { referringPartnerId: input.referringPartnerId } : {}),
    // The inbound referral's id is chosen now and stored with the candidate, so that creating the
    // referral (another document) can be repeated safely later (see convertInboundReferral).
    ...(input.channel === 'partner_referral' ? { inboundReferralId: randomUUID() } : {}),
    consent: {
      dataProcessing: { given: true, at: now, noticeVersion: input.consent.noticeVersion },
      partnerSharing: { given: input.consent.partnerSharing, at: now, noticeVersion: input.consent.noticeVersion },
    },
    history: [{ status: 'applied', at: now, by: 'self' }],
    appliedAt: now,
  };
  const event = createEnvelope({
    type: CandidateApplied,
    payload: {
      candidateId: candidate._id,
      territoryId: candidate.territoryId,
      channel: CHANNEL_TO_PROTO[candidate.channel],
      referringPartnerId: candidate.referringPartnerId ?? '',
      appliedAt: now,
      partnerSharingConsent: input.consent.partnerSharing,
    },
    territoryId: candidate.territoryId,
    aggregateType: 'candidate',
    aggregateId: candidate._id,
    source: 'recruitment',
    occurredAt: now,
  });
  await repository.create(candidate, [outboxEntry(TOPICS.recruitment, event)]);
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
