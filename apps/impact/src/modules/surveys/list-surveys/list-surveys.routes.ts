import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { SurveyView } from '../surveys.request';
import type { SurveysDeps } from '../surveys.deps';
import { listSurveys } from './list-surveys.handler';
import { ListSurveysQuery } from './list-surveys.request';

export function listSurveysRoutes(router: Router, d: SurveysDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/surveys',
      operationId: 'listSurveys',
      summary: 'Questionnaires à recueillir (binômes suivis ou territoire)',
      summaryEn: 'Surveys to collect (pairs followed, or the territory)',
      tags: ['surveys'],
      access: authorize('surveys', 'read', { serves: ['all-territories', 'own-territory', 'own-pairs'] }),
      request: { query: ListSurveysQuery },
      responses: { 200: { description: 'Les questionnaires / the surveys', schema: z.array(SurveyView) } },
      list: true,
    },
    async ({ query }, { principal, permission }) => listSurveys(d, principal, permission, query),
  );
}
