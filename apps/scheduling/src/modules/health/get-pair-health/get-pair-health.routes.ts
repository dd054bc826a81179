import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { PairIdParams } from '../../meetings/meetings.request';
import { PairHealthSchema } from '../health.views';
import { getPairHealth } from './get-pair-health.handler';

export function getPairHealthRoutes(router: Router, d: MeetingsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/pairs/:pairId/health',
      operationId: 'getPairHealth',
      summary: 'Santé du rythme des rencontres du binôme',
      summaryEn: 'Cadence health of the pair',
      tags: ['rencontres'],
      access: authorize('meetings', 'read'),
      request: { params: PairIdParams },
      responses: { 200: { description: 'La santé / the health', schema: PairHealthSchema } },
    },
    async ({ params }, { principal, permission }) => getPairHealth(d, principal, permission, params.pairId),
  );
}
