import type { Permission, Principal } from '@binome/auth';
import type { CalendarDeps } from '../calendar.deps';
import { feedPerson } from '../calendar-person';

/** Revokes the caller's feed: its URL answers 404 from now on. */
export async function revokeCalendarFeed(d: CalendarDeps, principal: Principal, permission: Permission, pairId: string): Promise<void> {
  const person = await feedPerson(d, principal, permission, pairId);
  await d.feeds.revoke(person.territoryId, person.id);
}
