import { EVENTS, createEnvelope, TOPICS, type EventType } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { Meeting } from './meeting.entity';

export const { MeetingPlanned, MeetingHeld, MeetingCancelled, MeetingMissed } = EVENTS;

/** Ids and times only: no note or place leaves the service in an event (topic codes only once held, below). */
export const meetingIds = (m: Meeting) => ({ meetingId: m._id, pairId: m.pairId, territoryId: m.territoryId, promotionId: m.promotionId });
export const meetingFacts = (m: Meeting) => ({
  ...meetingIds(m),
  beneficiaryId: m.beneficiaryId,
  volunteerId: m.volunteerId,
  startsAt: m.startsAt,
  durationMinutes: m.durationMinutes,
});
/**
 * A held meeting also carries the codes of the topics the pair worked on (never the note), so that
 * workshops can recommend a session that takes a topic further; a planned one does not: what is
 * planned to be discussed is not what was worked on.
 */
export const heldFacts = (m: Meeting) => ({ ...meetingFacts(m), topics: [...m.topics] });

/** Keyed by pair id: the events of one pair stay in order. */
export function meetingEvent<T>(type: EventType<T>, m: Pick<Meeting, 'pairId' | 'territoryId'>, payload: T): OutboxEntry {
  return outboxEntry(
    TOPICS.scheduling,
    createEnvelope({ type, payload, territoryId: m.territoryId, aggregateType: 'pair', aggregateId: m.pairId, source: 'scheduling' }),
  );
}
