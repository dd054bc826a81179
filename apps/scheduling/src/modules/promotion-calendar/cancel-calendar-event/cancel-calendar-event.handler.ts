import type { Permission, Principal } from '@binome/auth';
import { conflict } from '@binome/errors';
import { eventNotifications } from '../../notifications/notification.planner';
import type { CalendarEvent } from '../calendar-event.entity';
import { calendarEvent, CalendarEventCancelled, eventIds } from '../calendar-event.events';
import { eventInReach } from '../calendar-event-access';
import type { PromotionCalendarDeps } from '../promotion-calendar.deps';

/**
 * Staff cancel an event: SEQUENCE goes up, the feeds show STATUS:CANCELLED, every invitee gets the
 * cancellation (METHOD:CANCEL) by email, the reminders are dropped, the hours are freed.
 */
export async function cancelCalendarEvent(d: PromotionCalendarDeps, principal: Principal, permission: Permission, id: string) {
  const { event, own } = await eventInReach(d, principal, permission, id);
  if (own) throw conflict('Only the programme cancels a calendar event; answer the invitation instead');
  if (event.status === 'cancelled') throw conflict('The event is already cancelled');
  const now = d.now();
  const cancelled: CalendarEvent = { ...event, status: 'cancelled', sequence: event.sequence + 1, revision: event.revision + 1 };
  // The cancellation goes out as a new invitation email (its own id: the sequence), rendered as METHOD:CANCEL.
  await d.notifications.plan(
    eventNotifications(cancelled, now)
      .filter((n) => n.kind === 'event-invitation')
      .map((n) => ({ ...n, suffix: `seq${cancelled.sequence}` })),
    now,
  );
  const ok = await d.calendarEvents.change(
    event,
    { status: 'cancelled' },
    [calendarEvent(CalendarEventCancelled, event, eventIds(event))],
    true,
  );
  if (!ok) throw conflict('The event changed meanwhile; reload and try again');
  d.mailNudge();
  return cancelled;
}
