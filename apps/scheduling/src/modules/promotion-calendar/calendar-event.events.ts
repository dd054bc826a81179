import { EVENTS, createEnvelope, TOPICS, type EventType } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { CalendarEvent } from './calendar-event.entity';

export const { CalendarEventPlanned, CalendarEventCancelled, CalendarEventAttended } = EVENTS;

export const eventIds = (e: CalendarEvent) => ({ eventId: e._id, territoryId: e.territoryId, promotionId: e.promotionId, kind: e.kind });

/** Keyed by promotion id: a promotion's calendar stays in order. Ids, kinds and times only. */
export function calendarEvent<T>(type: EventType<T>, e: Pick<CalendarEvent, 'promotionId' | 'territoryId'>, payload: T): OutboxEntry {
  return outboxEntry(
    TOPICS.scheduling,
    createEnvelope({
      type,
      payload,
      territoryId: e.territoryId,
      aggregateType: 'promotion',
      aggregateId: e.promotionId,
      source: 'scheduling',
    }),
  );
}
