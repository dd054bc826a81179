import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import { Lang, SurveyParams } from '../surveys.request';
import type { SurveysDeps } from '../surveys.deps';
import { createSurveyLink } from './create-survey-link.handler';

const LinkView = apiSchema(
  'SurveyLink',
  z.object({ surveyId: z.string(), token: z.string(), path: z.string(), language: Lang, createdAt: z.string().datetime() }),
);

export function createSurveyLinkRoutes(router: Router, d: SurveysDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/surveys/:surveyId/link',
      operationId: 'createSurveyLink',
      summary: 'Créer le lien personnel de réponse (remplace le précédent)',
      summaryEn: 'Create the personal answer link (replaces the previous one)',
      tags: ['surveys'],
      access: authorize('surveys', 'write', { serves: ['all-territories', 'own-territory', 'own-pairs'] }),
      request: { params: SurveyParams, body: z.object({ language: Lang }).strict() },
      responses: { 201: { description: 'Le lien, montré une fois / the link, shown once', schema: LinkView } },
    },
    async ({ params, body }, { principal, permission }) => createSurveyLink(d, principal, permission, params.surveyId, body.language),
  );
}
