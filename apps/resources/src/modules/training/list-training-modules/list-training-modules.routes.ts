import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { TrainingModuleSchema } from '../training-module.views';
import type { TrainingDeps } from '../training.deps';
import { listTrainingModules } from './list-training-modules.handler';
import { ListTrainingModulesQuery } from './list-training-modules.request';

export function listTrainingModulesRoutes(router: Router, d: TrainingDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/training-modules',
      operationId: 'listTrainingModules',
      summary: 'Les modules de formation',
      summaryEn: 'The training modules',
      tags: ['formation'],
      access: authorize('resources', 'read'),
      request: { query: ListTrainingModulesQuery },
      list: true,
      responses: { 200: { description: 'Les modules / the modules', schema: z.array(TrainingModuleSchema) } },
    },
    async ({ query }, { principal, permission }) => listTrainingModules(d, principal, permission, query),
  );
}
