import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import { PairIdParams } from '../../meetings/meetings.request';
import type { CalendarDeps } from '../calendar.deps';
import { renewCalendarFeed } from './renew-calendar-feed.handler';

export const FeedSchema = apiSchema(
  'CalendarFeed',
  z.object({ token: z.string(), path: z.string().describe('public iCalendar URL path, relative to the service') }),
);

export function renewCalendarFeedRoutes(router: Router, d: CalendarDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:pairId/calendar-feed',
      operationId: 'renewCalendarFeed',
      summary: 'Créer ou renouveler mon agenda iCalendar (l’ancien lien cesse de fonctionner)',
      summaryEn: 'Create or renew my iCalendar feed (the previous link stops working)',
      tags: ['rencontres'],
      access: authorize('meetings', 'read'),
      request: { params: PairIdParams },
      responses: { 201: { description: 'Le lien, montré une fois / the link, shown once', schema: FeedSchema } },
    },
    async ({ params }, { principal, permission }) => renewCalendarFeed(d, principal, permission, params.pairId),
  );
}
