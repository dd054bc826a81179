import type { Router } from 'express';
import type { CalendarDeps } from './calendar.deps';
import { renewCalendarFeedRoutes } from './renew-calendar-feed/renew-calendar-feed.routes';
import { renewPromotionFeedRoutes } from './renew-promotion-feed/renew-promotion-feed.routes';
import { revokePromotionFeedRoutes } from './revoke-promotion-feed/revoke-promotion-feed.routes';
import { revokeCalendarFeedRoutes } from './revoke-calendar-feed/revoke-calendar-feed.routes';

/** A participant's own feed and a promotion's feed: created or renewed, revoked. */
export function calendarRoutes(router: Router, d: CalendarDeps): void {
  renewCalendarFeedRoutes(router, d);
  revokeCalendarFeedRoutes(router, d);
  renewPromotionFeedRoutes(router, d);
  revokePromotionFeedRoutes(router, d);
}
