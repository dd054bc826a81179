import { reachOf } from '@binome/access';
import { territoryReach, type Permission, type Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { calendarEventView } from '../calendar-event.views';
import { ownInvitees } from '../calendar-event-access';
import type { PromotionCalendarDeps } from '../promotion-calendar.deps';

/**
 * A promotion's calendar: staff of its territory see every event with every answer; a participant
 * the events they are invited to, with their own answer. Out of reach: an empty list.
 */
export async function listCalendarEvents(
  d: PromotionCalendarDeps,
  principal: Principal,
  permission: Permission,
  promotionId: string,
  territoryId?: string,
) {
  const staff = territoryReach(principal, permission) ? reachOf(principal, permission) : undefined;
  const scope = territoryId ? territory(territoryId) : principal.scope;
  if (staff) {
    const events = await d.calendarEvents.ofPromotion(staff.scope, promotionId);
    const items = events.filter((e) => !territoryId || e.territoryId === territoryId).map((e) => calendarEventView(e));
    return { items, total: items.length };
  }
  if (principal.scope.kind !== 'some' || principal.scope.territories.length !== 1) return { items: [], total: 0 };
  const events = await d.calendarEvents.ofPromotion(territory(principal.scope.territories[0]), promotionId);
  const items = [];
  for (const e of events.filter((x) => scope.kind === 'all' || scope.territories.includes(x.territoryId))) {
    const { own, mine } = await ownInvitees(d, principal, e);
    if (mine.length) items.push(calendarEventView(e, own));
  }
  return { items, total: items.length };
}
