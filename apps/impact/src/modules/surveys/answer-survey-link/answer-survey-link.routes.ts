import type { Router } from 'express';
import { z } from 'zod';
import { route } from '@binome/http-server';
import { LinkParams } from '../read-survey-link/read-survey-link.routes';
import { AnswersBody } from '../surveys.request';
import type { SurveysDeps } from '../surveys.deps';
import { answerSurveyLink } from './answer-survey-link.handler';

export function answerSurveyLinkRoutes(router: Router, d: SurveysDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/survey-links/:token/answers',
      operationId: 'answerSurveyLink',
      summary: 'Répondre à son questionnaire par son lien personnel',
      summaryEn: 'Answer one’s survey through one’s personal link',
      tags: ['surveys'],
      access: 'public',
      request: { params: LinkParams, body: AnswersBody },
      responses: {
        200: {
          description: 'Merci / thank you',
          schema: z.object({ wave: z.string(), status: z.string(), answeredAt: z.string().datetime() }),
        },
        404: { description: 'Lien inconnu ou remplacé / unknown or replaced link' },
      },
    },
    async ({ params, body }) => answerSurveyLink(d, params.token, body.answers),
  );
}
