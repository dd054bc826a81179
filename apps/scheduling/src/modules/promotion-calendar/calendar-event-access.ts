import { reachOf, staffReaches } from '@binome/access';
import { territoryReach, type Permission, type Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { ownPeopleOf } from '../pairs/pair-schedule.reach';
import type { CalendarEvent, Invitee } from './calendar-event.entity';
import type { PromotionCalendarDeps } from './promotion-calendar.deps';

export interface EventAccess {
  event: CalendarEvent;
  /** Undefined for staff; the caller's own invitee entries for a participant. */
  own?: (i: Invitee) => boolean;
  mine: Invitee[];
}

/** The invitee entries that are the caller's own (a participant of the promotion, a Konnecteur following its pairs). */
export async function ownInvitees(d: PromotionCalendarDeps, principal: Principal, event: CalendarEvent) {
  const people = await ownPeopleOf(d, principal, event.territoryId, event.promotionId);
  const own = (i: Invitee) =>
    (i.kind === 'beneficiary' && people.beneficiaryIds.includes(i.id)) ||
    (i.kind === 'volunteer' && people.volunteerIds.includes(i.id)) ||
    (i.kind === 'konnecteur' && people.konnecteurIds.includes(i.id));
  return { own, mine: event.invitees.filter(own) };
}

/**
 * A calendar event through the caller's reach: staff of its territory (and HQ) see it whole; a
 * person invited to it sees it with their own answer. Anyone else gets 404, as for an unknown id.
 */
export async function eventInReach(
  d: PromotionCalendarDeps,
  principal: Principal,
  permission: Permission,
  id: string,
): Promise<EventAccess> {
  const event = await d.calendarEvents.findById(principal.scope, id);
  if (!event) throw notFound('Calendar event');
  const staff = reachOf(principal, permission);
  if (territoryReach(principal, permission) && staffReaches(staff, event.territoryId)) return { event, mine: [] };
  const { own, mine } = await ownInvitees(d, principal, event);
  if (!mine.length) throw notFound('Calendar event');
  return { event, own, mine };
}
