import type { Permission, Principal } from '@binome/auth';
import { AppError, conflict } from '@binome/errors';
import { exceedsCap } from '../../ledger/time-ledger';
import { volunteerLedger } from '../../ledger/volunteer-ledger';
import type { CalendarEvent, Invitee } from '../calendar-event.entity';
import { eventInReach } from '../calendar-event-access';
import type { PromotionCalendarDeps } from '../promotion-calendar.deps';

/**
 * An invitee's answer (RSVP), from the app or a one-tap email link. Saying yes after a no puts the
 * event back in a volunteer's time: refused with the hours left when it would exceed the cap.
 */
export async function answerInvitation(d: PromotionCalendarDeps, event: CalendarEvent, who: Pick<Invitee, 'kind' | 'id'>, coming: boolean) {
  if (event.status === 'cancelled') throw conflict('The event is cancelled');
  if (event.startsAt <= d.now()) throw conflict('The event has started: staff record who attended (field: coming)');
  const write = async () => {
    const invitee = event.invitees.find((i) => i.kind === who.kind && i.id === who.id);
    if (!invitee) throw conflict('Not invited to this event');
    if (coming && who.kind === 'volunteer' && invitee.rsvp?.coming === false) {
      const ledger = await volunteerLedger(d, event.territoryId, who.id);
      if (exceedsCap(ledger, event.durationMinutes))
        throw new AppError(
          'conflict',
          `The volunteer's time cap would be exceeded: ${ledger.hoursLeft} h left of ${ledger.capHours} h, the event takes ${event.durationMinutes / 60} h (field: coming)`,
        );
    }
    const at = d.now();
    const invitees = event.invitees.map((i) => (i === invitee ? { ...i, rsvp: { coming, at } } : i));
    if (!(await d.calendarEvents.change(event, { invitees }))) throw conflict('The event changed meanwhile; reload and try again');
    return { ...event, invitees, revision: event.revision + 1 };
  };
  return who.kind === 'volunteer' ? d.locks.with(event.territoryId, [`volunteer:${who.id}`], write) : write();
}

/** The caller answers for their own invitation (the first of theirs when they hold two roles). */
export async function answerOwnInvitation(
  d: PromotionCalendarDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  coming: boolean,
) {
  const { event, mine, own } = await eventInReach(d, principal, permission, id);
  if (!own || !mine.length) throw conflict('Staff are not invited: an invitee answers (field: coming)');
  const updated = await answerInvitation(d, event, mine[0], coming);
  return { event: updated, own };
}
