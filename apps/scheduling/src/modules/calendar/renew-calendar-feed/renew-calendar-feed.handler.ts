import type { Permission, Principal } from '@binome/auth';
import { newFeedToken, tokenHashOf } from '../calendar-feed.entity';
import type { CalendarDeps } from '../calendar.deps';
import { feedPerson } from '../calendar-person';

/** Creates or renews the caller's feed: a new token, shown once; the previous URL stops working. */
export async function renewCalendarFeed(d: CalendarDeps, principal: Principal, permission: Permission, pairId: string) {
  const person = await feedPerson(d, principal, permission, pairId);
  const token = newFeedToken();
  await d.feeds.renew(
    {
      _id: person.id,
      territoryId: person.territoryId,
      personKind: person.personKind,
      personId: person.personId,
      tokenHash: tokenHashOf(token),
    },
    d.now(),
  );
  return { token, path: `/v1/calendar-feeds/${token}` };
}
