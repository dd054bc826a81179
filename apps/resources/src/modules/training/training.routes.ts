import type { Router } from 'express';
import { createTrainingModuleRoutes } from './create-training-module/create-training-module.routes';
import { getTrainingModuleRoutes } from './get-training-module/get-training-module.routes';
import { listCompletionsRoutes } from './list-completions/list-completions.routes';
import { listTrainingModulesRoutes } from './list-training-modules/list-training-modules.routes';
import { markPartReadRoutes } from './mark-part-read/mark-part-read.routes';
import { recordAttendanceRoutes } from './record-attendance/record-attendance.routes';
import { submitQuizRoutes } from './submit-quiz/submit-quiz.routes';
import type { TrainingDeps } from './training.deps';

/** Training modules, their completion rules and each person's completion. */
export function trainingRoutes(router: Router, d: TrainingDeps): void {
  createTrainingModuleRoutes(router, d);
  listTrainingModulesRoutes(router, d);
  getTrainingModuleRoutes(router, d);
  recordAttendanceRoutes(router, d);
  markPartReadRoutes(router, d);
  submitQuizRoutes(router, d);
  listCompletionsRoutes(router, d);
}
