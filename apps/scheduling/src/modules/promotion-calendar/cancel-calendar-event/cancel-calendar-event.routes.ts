import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { calendarEventView, CalendarEventViewSchema } from '../calendar-event.views';
import type { PromotionCalendarDeps } from '../promotion-calendar.deps';
import { EventParams } from '../promotion-calendar.request';
import { cancelCalendarEvent } from './cancel-calendar-event.handler';

export function cancelCalendarEventRoutes(router: Router, d: PromotionCalendarDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/calendar-events/:id/cancellation',
      operationId: 'cancelCalendarEvent',
      summary: 'Annuler un événement de la promotion',
      summaryEn: "Cancel a promotion's event",
      tags: ['calendrier'],
      access: authorize('meetings', 'write', { serves: TERRITORY_REACHES }),
      request: { params: EventParams },
      responses: {
        200: { description: 'L’événement / the event', schema: CalendarEventViewSchema },
        409: { description: 'Déjà annulé / already cancelled' },
      },
    },
    async ({ params }, { principal, permission }) => calendarEventView(await cancelCalendarEvent(d, principal, permission, params.id)),
  );
}
