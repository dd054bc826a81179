import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { MeetingViewSchema } from '../meeting.views';
import type { MeetingsDeps } from '../meetings.deps';
import { PairIdParams } from '../meetings.request';
import { listMeetings } from './list-meetings.handler';

export function listMeetingsRoutes(router: Router, d: MeetingsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/pairs/:pairId/meetings',
      operationId: 'listMeetings',
      summary: 'Les rencontres du binôme',
      summaryEn: 'The meetings of the pair',
      tags: ['rencontres'],
      access: authorize('meetings', 'read'),
      request: { params: PairIdParams },
      list: true,
      responses: { 200: { description: 'Les rencontres / the meetings', schema: z.array(MeetingViewSchema) } },
    },
    async ({ params }, { principal, permission }) => listMeetings(d, principal, permission, params.pairId),
  );
}
