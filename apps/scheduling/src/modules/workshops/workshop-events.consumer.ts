import { EVENTS, on, TOPICS, type EventHandler } from '@binome/events';
import type { NotificationPlanner } from '../notifications/notification.planner';
import { workshopPromotionNotification } from '../notifications/notification.planner';
import type { WorkshopSeatRepository } from './workshop-seat.repository';

const { WorkshopRegistrationPromoted, WorkshopRegistrationCancelled } = EVENTS;

/** Scheduling's consumer group on workshops' topic. */
export const WORKSHOPS_GROUP = 'scheduling-workshops';

/**
 * Workshops' waitlist promotions (`binome.workshops.v1`): the person is told by email, as
 * scheduling tells people of their meetings — the seat is recorded and its email planned at once;
 * a later cancellation of that registration drops the email if it was not sent yet. The envelope's
 * territory is authoritative; a payload without its ids goes to the dead-letter topic.
 */
export function workshopEventsConsumer(
  d: { seats: WorkshopSeatRepository; notificationStore: NotificationPlanner; mailNudge: () => void; now: () => Date },
  group = WORKSHOPS_GROUP,
  topic: string = TOPICS.workshops,
) {
  const handlers: EventHandler<unknown>[] = [
    on(WorkshopRegistrationPromoted, async (e, env) => {
      if (!e.registrationId || !env.territoryId || !e.personId || !e.sessionId || !e.startsAt || !e.endsAt)
        throw new Error('WorkshopRegistrationPromoted without its ids or times');
      const now = d.now();
      const seat = {
        _id: e.registrationId,
        territoryId: env.territoryId,
        personKind: e.seatPool === 'volunteers' ? ('volunteer' as const) : ('beneficiary' as const),
        personId: e.personId,
        sessionId: e.sessionId,
        workshopTitle: e.workshopTitle,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        status: 'seated' as const,
        createdAt: now,
      };
      // Intent first, as for meetings: the email is planned before the seat it announces.
      await d.notificationStore.plan(workshopPromotionNotification(seat, now), now);
      await d.seats.promoted(seat);
      d.mailNudge();
    }),
    on(WorkshopRegistrationCancelled, async (e, env) => {
      if (!e.registrationId || !env.territoryId) throw new Error('WorkshopRegistrationCancelled without its ids');
      await d.seats.cancelled(env.territoryId, e.registrationId);
    }),
  ];
  return { group, topics: [topic], handlers };
}
