import { recruitmentEvents } from '@binome/contracts';
import { createEnvelope, EVENTS, TOPICS, type EventType } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { Candidate } from './candidate.entity';

export const {
  CandidateApplied,
  CandidateScreened,
  CandidateInterviewed,
  CandidateAdmitted,
  CandidateWaitlisted,
  CandidateReferred,
  CandidateClosed,
  CandidateRenewed,
  CandidateErased,
} = EVENTS;

export const CHANNEL_TO_PROTO = {
  website: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WEBSITE,
  partner_referral: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_PARTNER_REFERRAL,
  word_of_mouth: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WORD_OF_MOUTH,
  other: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_OTHER,
} as const;

/** An event of the candidate's aggregate, for the candidate's own outbox (recruitment topic). */
export function candidateEvent<T>(type: EventType<T>, payload: T, c: Pick<Candidate, '_id' | 'territoryId'>): OutboxEntry {
  return outboxEntry(
    TOPICS.recruitment,
    createEnvelope({
      type,
      payload,
      territoryId: c.territoryId,
      aggregateType: 'candidate',
      aggregateId: c._id,
      source: 'recruitment',
    }),
  );
}
