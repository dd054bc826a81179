import { randomUUID } from 'node:crypto';
import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { ApplyRequest } from './apply/apply.request';
import type { Candidate } from './candidate.entity';
import { CandidateApplied, CHANNEL_TO_PROTO } from './candidate.events';

export interface NewCandidateOptions {
  id?: string;
  /** Who recorded the application: `self` online, the importing staff member for a CSV row. */
  by: string;
  note?: string;
  /** Set for an online partner referral: the inbound referral created right after (see apply). */
  inboundReferralId?: string;
  correlationId?: string;
  now?: Date;
}

/**
 * The one way a candidate comes into being, online or imported: the same document shape (every
 * array and sub-object present, even empty) and its `CandidateApplied` outbox entry, no write.
 * Two copies used to drift (an import lost `availability`, the declared housing and resources).
 */
export function newCandidate(input: ApplyRequest, options: NewCandidateOptions): { candidate: Candidate; events: OutboxEntry[] } {
  const now = options.now ?? new Date();
  const id = options.id ?? randomUUID();
  const candidate: Candidate = {
    _id: id,
    territoryId: input.territoryId,
    status: 'applied',
    revision: 0,
    identity: { firstName: input.firstName, lastName: input.lastName },
    contact: { email: input.email, town: input.town, ...(input.phone ? { phone: input.phone } : {}) },
    protection: { status: input.protectionStatus, ...(input.protectionGrantedOn ? { grantedOn: input.protectionGrantedOn } : {}) },
    languages: input.languages ?? [],
    frenchLevel: input.frenchLevel,
    experience: input.experience ?? [],
    ...(input.education ? { education: input.education } : {}),
    target: { ...(input.targetTrade ? { trade: input.targetTrade } : {}), ...(input.targetSector ? { sector: input.targetSector } : {}) },
    availability: input.availability ?? [],
    ...(input.gender ? { gender: input.gender } : {}),
    ...(input.genderPreference ? { genderPreference: input.genderPreference } : {}),
    situation: {
      ...(input.housingStable !== undefined ? { housingStable: input.housingStable } : {}),
      ...(input.resourcesStable !== undefined ? { resourcesStable: input.resourcesStable } : {}),
    },
    channel: input.channel,
    ...(input.referringPartnerId ? { referringPartnerId: input.referringPartnerId } : {}),
    ...(options.inboundReferralId ? { inboundReferralId: options.inboundReferralId } : {}),
    consent: {
      dataProcessing: { given: true, at: now, noticeVersion: input.consent.noticeVersion },
      partnerSharing: { given: input.consent.partnerSharing, at: now, noticeVersion: input.consent.noticeVersion },
    },
    history: [{ status: 'applied', at: now, by: options.by, ...(options.note ? { note: options.note } : {}) }],
    appliedAt: now,
  };
  const event = createEnvelope({
    type: CandidateApplied,
    payload: {
      candidateId: id,
      territoryId: candidate.territoryId,
      channel: CHANNEL_TO_PROTO[candidate.channel],
      referringPartnerId: candidate.referringPartnerId ?? '',
      appliedAt: now,
      partnerSharingConsent: input.consent.partnerSharing,
    },
    territoryId: candidate.territoryId,
    aggregateType: 'candidate',
    aggregateId: id,
    source: 'recruitment',
    ...(options.correlationId ? { correlationId: options.correlationId } : {}),
    occurredAt: now,
  });
  return { candidate, events: [outboxEntry(TOPICS.recruitment, event)] };
}

/**
 * A stored candidate as the code expects it, whatever wrote it: documents imported before the
 * factory existed have no arrays (FerretDB drops empty arrays from an upsert's `$setOnInsert`).
 * Applied to every read (candidate.schema.ts), so no reader needs its own `?? []`.
 */
export function withCandidateDefaults<T extends Partial<Candidate>>(c: T): T {
  c.languages ??= [];
  c.experience ??= [];
  c.availability ??= [];
  c.history ??= [];
  c.target ??= {};
  c.situation ??= {};
  return c;
}
