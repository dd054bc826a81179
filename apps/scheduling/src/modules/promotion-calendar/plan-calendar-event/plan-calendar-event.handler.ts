import { randomUUID } from 'node:crypto';
import { canActOnTerritory, type Principal } from '@binome/auth';
import { notFound, validationFailed } from '@binome/errors';
import { eventNotifications } from '../../notifications/notification.planner';
import type { CalendarEvent, CalendarEventKind, Invitee } from '../calendar-event.entity';
import { calendarEvent, CalendarEventPlanned } from '../calendar-event.events';
import type { PromotionCalendarDeps } from '../promotion-calendar.deps';

export interface NewCalendarEvent {
  territoryId: string;
  kind: CalendarEventKind;
  startsAt: Date;
  durationMinutes?: number;
  venue: string;
}

/** Everyone the promotion's calendar invites: the people of its confirmed and active pairs and their Konnecteurs. */
export async function inviteesOf(d: Pick<PromotionCalendarDeps, 'pairs'>, territoryId: string, promotionId: string): Promise<Invitee[]> {
  const seen = new Set<string>();
  const out: Invitee[] = [];
  const add = (kind: Invitee['kind'], id: string | undefined) => {
    if (!id || seen.has(`${kind}:${id}`)) return;
    seen.add(`${kind}:${id}`);
    out.push({ kind, id });
  };
  for (const p of await d.pairs.liveOfPromotion(territoryId, promotionId)) {
    add('beneficiary', p.beneficiaryId);
    add('volunteer', p.volunteerId);
    add('konnecteur', p.konnecteurId);
  }
  return out;
}

/**
 * Staff plan a kick-off seminar, a REX evening or a closing for a promotion; every participant is
 * invited by email (with the invitation for their calendar) and reminded the day before.
 */
export async function planCalendarEvent(d: PromotionCalendarDeps, principal: Principal, promotionId: string, body: NewCalendarEvent) {
  // Another territory's promotion is absent, as an unknown one.
  if (!canActOnTerritory(principal, body.territoryId)) throw notFound('Promotion');
  const now = d.now();
  if (body.startsAt <= now) throw validationFailed([{ field: 'body.startsAt', message: 'a calendar event must start in the future' }]);
  const event: CalendarEvent = {
    _id: randomUUID(),
    territoryId: body.territoryId,
    promotionId,
    kind: body.kind,
    status: 'scheduled',
    startsAt: body.startsAt,
    durationMinutes: body.durationMinutes ?? 180,
    venue: body.venue,
    invitees: await inviteesOf(d, body.territoryId, promotionId),
    uid: `${randomUUID()}@binome`,
    sequence: 0,
    revision: 0,
    createdBy: principal.subject,
    createdAt: now,
    updatedAt: now,
  };
  await d.notifications.plan(eventNotifications(event, now), now);
  await d.calendarEvents.insert(event, [
    calendarEvent(CalendarEventPlanned, event, {
      eventId: event._id,
      territoryId: event.territoryId,
      promotionId,
      kind: event.kind,
      startsAt: event.startsAt,
      durationMinutes: event.durationMinutes,
      invited: event.invitees.length,
    }),
  ]);
  d.mailNudge();
  return event;
}
