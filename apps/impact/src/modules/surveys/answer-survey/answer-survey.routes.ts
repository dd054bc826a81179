import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { AnswersBody, SurveyParams, SurveyView } from '../surveys.request';
import type { SurveysDeps } from '../surveys.deps';
import { answerSurvey } from './answer-survey.handler';

export function answerSurveyRoutes(router: Router, d: SurveysDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/surveys/:surveyId/answers',
      operationId: 'answerSurvey',
      summary: 'Saisir les réponses recueillies',
      summaryEn: 'Enter the collected answers',
      tags: ['surveys'],
      access: authorize('surveys', 'write', { serves: ['all-territories', 'own-territory', 'own-pairs'] }),
      request: { params: SurveyParams, body: AnswersBody },
      responses: { 200: { description: 'Le questionnaire répondu / the answered survey', schema: SurveyView } },
    },
    async ({ params, body }, { principal, permission }) => answerSurvey(d, principal, permission, params.surveyId, body.answers),
  );
}
