import type { Permission, Principal } from '@binome/auth';
import { conflict, validationFailed } from '@binome/errors';
import type { CalendarEvent } from '../calendar-event.entity';
import { calendarEvent, CalendarEventAttended, eventIds } from '../calendar-event.events';
import { eventInReach } from '../calendar-event-access';
import type { PromotionCalendarDeps } from '../promotion-calendar.deps';

/**
 * Staff record who attended once the event has started: attended hours count as held in the
 * ledger, and each new attendance publishes `CalendarEventAttended` (impact counts them). Saying
 * again that someone attended publishes nothing more.
 */
export async function recordEventAttendance(
  d: PromotionCalendarDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  attendees: { kind: 'beneficiary' | 'volunteer' | 'konnecteur'; id: string; attended: boolean }[],
): Promise<CalendarEvent> {
  const { event, own } = await eventInReach(d, principal, permission, id);
  if (own) throw conflict('Only the programme records attendance');
  if (event.status === 'cancelled') throw conflict('The event is cancelled');
  if (event.startsAt > d.now()) throw conflict('The event has not started yet (field: attendees)');
  const unknown = attendees.map((a, i) => ({ a, i })).filter(({ a }) => !event.invitees.some((x) => x.kind === a.kind && x.id === a.id));
  if (unknown.length)
    throw validationFailed(unknown.map(({ i }) => ({ field: `body.attendees.${i}.id`, message: 'not invited to this event' })));
  const newly = attendees.filter(
    (a) => a.attended && !event.invitees.some((x) => x.kind === a.kind && x.id === a.id && x.attended === true),
  );
  const invitees = event.invitees.map((x) => {
    const a = attendees.find((y) => y.kind === x.kind && y.id === x.id);
    return a ? { ...x, attended: a.attended } : x;
  });
  const events = newly.map((a) =>
    calendarEvent(CalendarEventAttended, event, {
      ...eventIds(event),
      personKind: a.kind,
      personId: a.id,
      startsAt: event.startsAt,
      durationMinutes: event.durationMinutes,
    }),
  );
  if (!(await d.calendarEvents.change(event, { invitees }, events))) throw conflict('The event changed meanwhile; reload and try again');
  return { ...event, invitees, revision: event.revision + 1 };
}
