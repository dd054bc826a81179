import type { Router } from 'express';
import { z } from 'zod';
import { reply, route } from '@binome/http-server';
import type { CalendarDeps } from '../calendar.deps';
import { readCalendarFeed } from './read-calendar-feed.handler';

const TokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a feed token') });

export function readCalendarFeedRoutes(router: Router, d: CalendarDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/calendar-feeds/:token',
      operationId: 'readCalendarFeed',
      summary: 'Agenda iCalendar d’une personne (lien secret)',
      summaryEn: "A person's iCalendar feed (secret link)",
      tags: ['rencontres'],
      access: 'public',
      request: { params: TokenParams },
      responses: { 200: { description: 'RFC 5545', contentType: 'text/calendar', schema: z.string() } },
    },
    async ({ params }) =>
      reply({
        status: 200,
        body: await readCalendarFeed(d, params.token),
        contentType: 'text/calendar; charset=utf-8',
        headers: { 'cache-control': 'private, max-age=300' },
      }),
  );
}
