import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { PairHealthSchema } from '../health.views';
import { listTriage } from './list-triage.handler';
import { TriageQuery } from './list-triage.request';

export function listTriageRoutes(router: Router, d: MeetingsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/triage',
      operationId: 'listTriage',
      summary: 'File de suivi : les binômes par risque, avec leurs raisons',
      summaryEn: 'Triage queue: pairs by risk, with their reasons',
      tags: ['rencontres'],
      access: authorize('meetings', 'read', { serves: [...TERRITORY_REACHES, 'own-pairs'] }),
      request: { query: TriageQuery },
      list: true,
      responses: { 200: { description: 'Les binômes / the pairs', schema: z.array(PairHealthSchema) } },
    },
    async ({ query }, { principal, permission }) => listTriage(d, principal, permission, query),
  );
}
