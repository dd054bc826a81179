import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { CalendarEventViewSchema } from '../calendar-event.views';
import type { PromotionCalendarDeps } from '../promotion-calendar.deps';
import { PromotionParams, PromotionQuery } from '../promotion-calendar.request';
import { listCalendarEvents } from './list-calendar-events.handler';

export function listCalendarEventsRoutes(router: Router, d: PromotionCalendarDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions/:promotionId/calendar-events',
      operationId: 'listCalendarEvents',
      summary: 'Le calendrier de la promotion',
      summaryEn: "The promotion's calendar",
      tags: ['calendrier'],
      access: authorize('meetings', 'read'),
      request: { params: PromotionParams, query: PromotionQuery },
      list: true,
      responses: { 200: { description: 'Les événements / the events', schema: z.array(CalendarEventViewSchema) } },
    },
    async ({ params, query }, { principal, permission }) =>
      listCalendarEvents(d, principal, permission, params.promotionId, query.territoryId),
  );
}
