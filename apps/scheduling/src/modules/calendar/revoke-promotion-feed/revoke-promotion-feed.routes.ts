import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { PromotionParams } from '../../promotion-calendar/promotion-calendar.request';
import type { CalendarDeps } from '../calendar.deps';
import { revokePromotionFeed } from './revoke-promotion-feed.handler';
import { PromotionFeedQuery } from '../renew-promotion-feed/renew-promotion-feed.routes';

export function revokePromotionFeedRoutes(router: Router, d: CalendarDeps): void {
  route(
    router,
    {
      method: 'delete',
      path: '/v1/promotions/:promotionId/calendar-feed',
      operationId: 'revokePromotionFeed',
      summary: 'Révoquer l’agenda iCalendar de la promotion',
      summaryEn: "Revoke the promotion's iCalendar feed",
      tags: ['calendrier'],
      access: authorize('meetings', 'write', { serves: TERRITORY_REACHES }),
      request: { params: PromotionParams, query: PromotionFeedQuery },
      responses: { 204: { description: 'Révoqué / revoked' } },
    },
    async ({ params, query }, { principal }) => {
      await revokePromotionFeed(d, principal, query.territoryId, params.promotionId);
    },
  );
}
