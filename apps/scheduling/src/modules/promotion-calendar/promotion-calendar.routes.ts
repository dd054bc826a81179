import type { Router } from 'express';
import type { PromotionCalendarDeps } from './promotion-calendar.deps';
import { answerInvitationRoutes } from './answer-invitation/answer-invitation.routes';
import { cancelCalendarEventRoutes } from './cancel-calendar-event/cancel-calendar-event.routes';
import { listCalendarEventsRoutes } from './list-calendar-events/list-calendar-events.routes';
import { planCalendarEventRoutes } from './plan-calendar-event/plan-calendar-event.routes';
import { recordEventAttendanceRoutes } from './record-event-attendance/record-event-attendance.routes';

/** The promotion's calendar: planned by staff, answered by its participants, attendance recorded by staff. */
export function promotionCalendarRoutes(router: Router, d: PromotionCalendarDeps): void {
  planCalendarEventRoutes(router, d);
  listCalendarEventsRoutes(router, d);
  cancelCalendarEventRoutes(router, d);
  answerInvitationRoutes(router, d);
  recordEventAttendanceRoutes(router, d);
}
