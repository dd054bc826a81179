import { createEnvelope, EVENTS, TOPICS, type EventType } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { Registration, Session } from './session.entity';

export const {
  WorkshopRegistrationCreated,
  WorkshopRegistrationWaitlisted,
  WorkshopRegistrationPromoted,
  WorkshopRegistrationCancelled,
  WorkshopSessionAttended,
  WorkshopSessionMissed,
} = EVENTS;

/** Ids and programme attributes only: no place, link, reason or name leaves the service. */
export const registrationIds = (s: Session, r: Registration) => ({
  registrationId: r.id,
  sessionId: s._id,
  workshopId: s.workshopId,
  territoryId: s.territoryId,
  personId: r.personId,
});

/** Keyed by session id: a session's events stay in order (a cancellation before the promotion it caused). */
export function sessionEvent<T>(type: EventType<T>, s: Pick<Session, '_id' | 'territoryId'>, payload: T): OutboxEntry {
  return outboxEntry(
    TOPICS.workshops,
    createEnvelope({
      type,
      payload,
      territoryId: s.territoryId,
      aggregateType: 'workshop-session',
      aggregateId: s._id,
      source: 'workshops',
    }),
  );
}

export const promotedEvent = (s: Session, r: Registration, workshopTitle: string) =>
  sessionEvent(WorkshopRegistrationPromoted, s, {
    ...registrationIds(s, r),
    seatPool: r.pool,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    workshopTitle,
  });
