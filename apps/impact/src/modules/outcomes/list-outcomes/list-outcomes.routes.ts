import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { listQuery, route } from '@binome/http-server';
import type { SurveysDeps } from '../../surveys/surveys.deps';
import { Id } from '../../surveys/surveys.request';
import { OutcomeView } from '../outcomes.request';
import { listOutcomes } from './list-outcomes.handler';

export const ListOutcomesQuery = listQuery(['startedOn', 'recordedAt'], Id, { pairId: Id.optional(), promotionId: Id.optional() });

export function listOutcomesRoutes(router: Router, d: SurveysDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/outcomes',
      operationId: 'listOutcomes',
      summary: 'Opportunités et sorties',
      summaryEn: 'Opportunities and exits',
      tags: ['outcomes'],
      access: authorize('surveys', 'read', { serves: ['all-territories', 'own-territory', 'own-pairs'] }),
      request: { query: ListOutcomesQuery },
      responses: { 200: { description: 'Les sorties / the outcomes', schema: z.array(OutcomeView) } },
      list: true,
    },
    async ({ query }, { principal, permission }) => listOutcomes(d, principal, permission, query),
  );
}
