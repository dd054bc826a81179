import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { listQuery, route } from '@binome/http-server';
import { Id } from '../../library/library.request';
import { CompletionViewSchema } from '../training-module.views';
import type { TrainingDeps } from '../training.deps';
import { ModuleParams } from '../training.request';
import { listCompletions } from './list-completions.handler';

export function listCompletionsRoutes(router: Router, d: TrainingDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/training-modules/:id/completions',
      operationId: 'listTrainingCompletions',
      summary: 'Qui a validé le module',
      summaryEn: 'Who completed the module',
      tags: ['formation'],
      access: authorize('resources', 'read', { serves: TERRITORY_REACHES }),
      request: { params: ModuleParams, query: listQuery(['updatedAt'], Id, {}) },
      list: true,
      responses: { 200: { description: 'Les progressions / the progress records', schema: z.array(CompletionViewSchema) } },
    },
    async ({ params, query }, { principal }) => listCompletions(d, principal, params.id, query),
  );
}
