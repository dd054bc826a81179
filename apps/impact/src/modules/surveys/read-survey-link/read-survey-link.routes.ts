import type { Router } from 'express';
import { z } from 'zod';
import { route } from '@binome/http-server';
import { Lang, QuestionnaireView } from '../surveys.request';
import type { SurveysDeps } from '../surveys.deps';
import { readSurveyLink } from './read-survey-link.handler';

export const LinkParams = z.object({ token: z.string().min(1).max(100) }).strict();

export function readSurveyLinkRoutes(router: Router, d: SurveysDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/survey-links/:token',
      operationId: 'readSurveyLink',
      summary: 'Ouvrir son questionnaire par son lien personnel',
      summaryEn: 'Open one’s survey through one’s personal link',
      tags: ['surveys'],
      access: 'public',
      request: { params: LinkParams, query: z.object({ lang: Lang.optional() }).strict() },
      responses: {
        200: {
          description: 'Le questionnaire / the survey',
          schema: z.object({ wave: z.string(), dueOn: z.string(), status: z.string(), questionnaire: QuestionnaireView }),
        },
        404: { description: 'Lien inconnu ou remplacé / unknown or replaced link' },
      },
    },
    async ({ params, query }) => readSurveyLink(d, params.token, query.lang),
  );
}
