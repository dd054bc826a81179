import { canActOnTerritory, type Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { feedIdOf } from '../calendar-feed.entity';
import type { CalendarDeps } from '../calendar.deps';

/** Staff revoke a promotion's feed: its URL answers 404 from now on. */
export async function revokePromotionFeed(d: CalendarDeps, principal: Principal, territoryId: string, promotionId: string) {
  if (!canActOnTerritory(principal, territoryId)) throw notFound('Promotion');
  await d.feeds.revoke(territoryId, feedIdOf(territoryId, 'promotion', promotionId));
}
