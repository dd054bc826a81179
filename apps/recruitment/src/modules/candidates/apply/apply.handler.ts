import { randomUUID } from 'node:crypto';
import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry } from '@binome/outbox';
import type { Candidate } from '../candidate.entity';
import { CandidateApplied, CHANNEL_TO_PROTO } from '../candidate.events';
import type { CandidateRepository } from '../candidate.repository';
import type { ApplyRequest } from './apply.request';

/** Records an application and, in the same write, the `CandidateApplied` event. */
export async function applyHandler(repository: CandidateRepository, input: ApplyRequest, requestId?: string): Promise<Candidate> {
  const now = new Date();
  const candidate: Candidate = {
    _id: randomUUID(),
    territoryId: input.territoryId,
    status: 'applied',
    identity: { firstName: input.firstName, lastName: input.lastName },
    contact: { email: input.email, town: input.town, ...(input.phone ? { phone: input.phone } : {}) },
    protection: { status: input.protectionStatus, ...(input.protectionGrantedOn ? { grantedOn: input.protectionGrantedOn } : {}) },
    languages: input.languages,
    frenchLevel: input.frenchLevel,
    experience: input.experience,
    ...(input.education ? { education: input.education } : {}),
    target: { trade: input.targetTrade, sector: input.targetSector },
    channel: input.channel,
    ...(input.referringPartnerId ? { referringPartnerId: input.referringPartnerId } : {}),
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
    ...(requestId ? { correlationId: requestId } : {}),
    occurredAt: now,
  });
  await repository.create(candidate, [outboxEntry(TOPICS.recruitment, event)]);
  return candidate;
}
