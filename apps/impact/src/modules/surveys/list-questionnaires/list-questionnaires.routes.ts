import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { localised } from '../answer-validation';
import { QUESTIONNAIRES } from '../questionnaires.data';
import { Lang, QuestionnaireView } from '../surveys.request';

export function listQuestionnairesRoutes(router: Router): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/questionnaires',
      operationId: 'listQuestionnaires',
      summary: 'Les questionnaires et leurs versions',
      summaryEn: 'The questionnaires and their versions',
      tags: ['surveys'],
      access: authorize('surveys', 'read', { serves: ['all-territories', 'own-territory', 'own-pairs'] }),
      request: { query: z.object({ lang: Lang.optional() }).strict() },
      responses: { 200: { description: 'Les questionnaires / the questionnaires', schema: z.array(QuestionnaireView) } },
    },
    async ({ query }) => QUESTIONNAIRES.map((q) => localised(q, query.lang ?? 'fr')),
  );
}
