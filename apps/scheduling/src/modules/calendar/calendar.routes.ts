import type { Router } from 'express';
import type { CalendarDeps } from './calendar.deps';
import { renewCalendarFeedRoutes } from './renew-calendar-feed/renew-calendar-feed.routes';
import { revokeCalendarFeedRoutes } from './revoke-calendar-feed/revoke-calendar-feed.routes';

/** A participant's own feed: created or renewed, revoked. */
export function calendarRoutes(router: Router, d: CalendarDeps): void {
  renewCalendarFeedRoutes(router, d);
  revokeCalendarFeedRoutes(router, d);
}
