import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { calendarEventView, CalendarEventViewSchema } from '../calendar-event.views';
import type { PromotionCalendarDeps } from '../promotion-calendar.deps';
import { PlanEventBody, PromotionParams } from '../promotion-calendar.request';
import { planCalendarEvent } from './plan-calendar-event.handler';

export function planCalendarEventRoutes(router: Router, d: PromotionCalendarDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:promotionId/calendar-events',
      operationId: 'planCalendarEvent',
      summary: 'Planifier un temps fort de la promotion (séminaire, soirée REX, clôture) et inviter ses participants',
      summaryEn: "Plan a promotion's event (kick-off seminar, REX evening, closing) and invite its participants",
      tags: ['calendrier'],
      access: authorize('meetings', 'write', { serves: TERRITORY_REACHES }),
      request: { params: PromotionParams, body: PlanEventBody },
      responses: { 201: { description: 'L’événement / the event', schema: CalendarEventViewSchema } },
    },
    async ({ params, body }, { principal }) => calendarEventView(await planCalendarEvent(d, principal, params.promotionId, body)),
  );
}
