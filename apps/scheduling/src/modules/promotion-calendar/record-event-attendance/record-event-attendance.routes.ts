import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { calendarEventView, CalendarEventViewSchema } from '../calendar-event.views';
import type { PromotionCalendarDeps } from '../promotion-calendar.deps';
import { EventAttendanceBody, EventParams } from '../promotion-calendar.request';
import { recordEventAttendance } from './record-event-attendance.handler';

export function recordEventAttendanceRoutes(router: Router, d: PromotionCalendarDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/calendar-events/:id/attendance',
      operationId: 'recordEventAttendance',
      summary: 'Noter qui était présent à un événement de la promotion',
      summaryEn: "Record who attended a promotion's event",
      tags: ['calendrier'],
      access: authorize('meetings', 'write', { serves: TERRITORY_REACHES }),
      request: { params: EventParams, body: EventAttendanceBody },
      responses: {
        200: { description: 'L’événement / the event', schema: CalendarEventViewSchema },
        409: { description: 'Pas encore commencé ou annulé / not started yet or cancelled' },
      },
    },
    async ({ params, body }, { principal, permission }) =>
      calendarEventView(await recordEventAttendance(d, principal, permission, params.id, body.attendees)),
  );
}
