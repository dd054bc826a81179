import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { TrainingModuleSchema } from '../training-module.views';
import type { TrainingDeps } from '../training.deps';
import { ModuleParams } from '../training.request';
import { getTrainingModule } from './get-training-module.handler';

export function getTrainingModuleRoutes(router: Router, d: TrainingDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/training-modules/:id',
      operationId: 'getTrainingModule',
      summary: 'Un module de formation (sans les réponses du quiz pour les apprenants)',
      summaryEn: 'A training module (without the quiz answers for learners)',
      tags: ['formation'],
      access: authorize('resources', 'read'),
      request: { params: ModuleParams },
      responses: { 200: { description: 'Le module / the module', schema: TrainingModuleSchema } },
    },
    async ({ params }, { principal, permission }) => getTrainingModule(d, principal, permission, params.id),
  );
}
