import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { PairIdParams } from '../../meetings/meetings.request';
import type { CalendarDeps } from '../calendar.deps';
import { revokeCalendarFeed } from './revoke-calendar-feed.handler';

export function revokeCalendarFeedRoutes(router: Router, d: CalendarDeps): void {
  route(
    router,
    {
      method: 'delete',
      path: '/v1/pairs/:pairId/calendar-feed',
      operationId: 'revokeCalendarFeed',
      summary: 'Révoquer mon agenda iCalendar',
      summaryEn: 'Revoke my iCalendar feed',
      tags: ['rencontres'],
      access: authorize('meetings', 'read'),
      request: { params: PairIdParams },
      responses: { 204: { description: 'Révoqué / revoked' } },
    },
    async ({ params }, { principal, permission }) => {
      await revokeCalendarFeed(d, principal, permission, params.pairId);
    },
  );
}
