import { EVENTS, createEnvelope, TOPICS, type EventType } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { Meeting } from './meeting.entity';

export const { MeetingPlanned, MeetingHeld, MeetingCancelled, MeetingMissed } = EVENTS;

/** Ids and times only: no note, place or topic leaves the service in an event. */
export const meetingIds = (m: Meeting) => ({ meetingId: m._id, pairId: m.pairId, territoryId: m.territoryId, promotionId: m.promotionId });
export const meetingFacts = (m: Meeting) => ({
  ...meetingIds(m),
  beneficiaryId: m.beneficiaryId,
  volunteerId: m.volunteerId,
  startsAt: m.startsAt,
  durationMinutes: m.durationMinutes,
});

/** Keyed by pair id: the events of one pair stay in order. */
export function meetingEvent<T>(type: EventType<T>, m: Pick<Meeting, 'pairId' | 'territoryId'>, payload: T): OutboxEntry {
  return outboxEntry(
    TOPICS.scheduling,
    createEnvelope({ type, payload, territoryId: m.territoryId, aggregateType: 'pair', aggregateId: m.pairId, source: 'scheduling' }),
  );
}
