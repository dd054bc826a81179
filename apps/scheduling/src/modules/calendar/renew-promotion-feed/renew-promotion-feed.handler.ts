import { canActOnTerritory, type Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { feedIdOf, newFeedToken, tokenHashOf } from '../calendar-feed.entity';
import type { CalendarDeps } from '../calendar.deps';

/**
 * Staff create or renew a promotion's feed (its kick-off, REX evening and closing), to hand out to
 * its participants: a new token, shown once; the previous URL stops working.
 */
export async function renewPromotionFeed(d: CalendarDeps, principal: Principal, territoryId: string, promotionId: string) {
  if (!canActOnTerritory(principal, territoryId)) throw notFound('Promotion');
  const token = newFeedToken();
  await d.feeds.renew(
    {
      _id: feedIdOf(territoryId, 'promotion', promotionId),
      territoryId,
      personKind: 'promotion',
      personId: promotionId,
      tokenHash: tokenHashOf(token),
    },
    d.now(),
  );
  return { token, path: `/v1/calendar-feeds/${token}` };
}
