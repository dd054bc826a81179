import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { completionView, CompletionViewSchema } from '../training-module.views';
import type { TrainingDeps } from '../training.deps';
import { ModuleParams } from '../training.request';
import { submitQuiz } from './submit-quiz.handler';
import { SubmitQuizBody } from './submit-quiz.request';

export function submitQuizRoutes(router: Router, d: TrainingDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/training-modules/:id/quiz',
      operationId: 'submitTrainingQuiz',
      summary: 'Répondre au quiz du module',
      summaryEn: "Answer the module's quiz",
      tags: ['formation'],
      access: authorize('resources', 'write', { serves: ['self'] }),
      request: { params: ModuleParams, body: SubmitQuizBody },
      responses: {
        200: { description: 'Ma progression / my progress', schema: CompletionViewSchema },
        409: { description: 'Module validé par présence / an attendance module' },
      },
    },
    async ({ params, body }, { principal }) => completionView(await submitQuiz(d, principal, params.id, body)),
  );
}
