import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { PromotionParams } from '../../promotion-calendar/promotion-calendar.request';
import { FeedSchema } from '../renew-calendar-feed/renew-calendar-feed.routes';
import type { CalendarDeps } from '../calendar.deps';
import { renewPromotionFeed } from './renew-promotion-feed.handler';

export const PromotionFeedQuery = z.object({ territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a territory id') });

export function renewPromotionFeedRoutes(router: Router, d: CalendarDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:promotionId/calendar-feed',
      operationId: 'renewPromotionFeed',
      summary: 'Créer ou renouveler l’agenda iCalendar de la promotion (l’ancien lien cesse de fonctionner)',
      summaryEn: "Create or renew the promotion's iCalendar feed (the previous link stops working)",
      tags: ['calendrier'],
      access: authorize('meetings', 'write', { serves: TERRITORY_REACHES }),
      request: { params: PromotionParams, query: PromotionFeedQuery },
      responses: { 201: { description: 'Le lien, montré une fois / the link, shown once', schema: FeedSchema } },
    },
    async ({ params, query }, { principal }) => renewPromotionFeed(d, principal, query.territoryId, params.promotionId),
  );
}
