import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { moduleView, TrainingModuleSchema } from '../training-module.views';
import type { TrainingDeps } from '../training.deps';
import { createTrainingModule } from './create-training-module.handler';
import { CreateTrainingModuleBody } from './create-training-module.request';

export function createTrainingModuleRoutes(router: Router, d: TrainingDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/training-modules',
      operationId: 'createTrainingModule',
      summary: 'Créer un module de formation (parties, règle de validation)',
      summaryEn: 'Create a training module (parts, completion rule)',
      tags: ['formation'],
      access: authorize('resources', 'write', { serves: TERRITORY_REACHES }),
      request: { body: CreateTrainingModuleBody },
      responses: { 201: { description: 'Le module / the module', schema: TrainingModuleSchema } },
    },
    async ({ body }, { principal, permission }) => moduleView(await createTrainingModule(d, principal, permission, body), true),
  );
}
