import type { Router } from 'express';
import { answerSurveyRoutes } from './answer-survey/answer-survey.routes';
import { createSurveyLinkRoutes } from './create-survey-link/create-survey-link.routes';
import { listNeedsRoutes } from './list-needs/list-needs.routes';
import { listQuestionnairesRoutes } from './list-questionnaires/list-questionnaires.routes';
import { listSurveysRoutes } from './list-surveys/list-surveys.routes';
import { answerSurveyLinkRoutes } from './answer-survey-link/answer-survey-link.routes';
import { readSurveyLinkRoutes } from './read-survey-link/read-survey-link.routes';
import type { SurveysDeps } from './surveys.deps';

/** The surveys context's authenticated use cases. */
export function surveysRoutes(router: Router, d: SurveysDeps): void {
  listQuestionnairesRoutes(router);
  listSurveysRoutes(router, d);
  answerSurveyRoutes(router, d);
  createSurveyLinkRoutes(router, d);
  listNeedsRoutes(router, d);
}

/** The personal links: the token is the credential. */
export function surveyLinkRoutes(router: Router, d: SurveysDeps): void {
  readSurveyLinkRoutes(router, d);
  answerSurveyLinkRoutes(router, d);
}
