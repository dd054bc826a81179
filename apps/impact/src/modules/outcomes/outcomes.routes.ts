import type { Router } from 'express';
import type { SurveysDeps } from '../surveys/surveys.deps';
import { listOutcomesRoutes } from './list-outcomes/list-outcomes.routes';
import { recordOutcomeRoutes } from './record-outcome/record-outcome.routes';

/** The outcomes context's use cases. */
export function outcomesRoutes(router: Router, d: SurveysDeps): void {
  recordOutcomeRoutes(router, d);
  listOutcomesRoutes(router, d);
}
