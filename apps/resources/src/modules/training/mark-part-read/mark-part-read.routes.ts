import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { Id } from '../../library/library.request';
import { completionView, CompletionViewSchema } from '../training-module.views';
import type { TrainingDeps } from '../training.deps';
import { markPartRead } from './mark-part-read.handler';

export function markPartReadRoutes(router: Router, d: TrainingDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/training-modules/:id/parts/:partId/read',
      operationId: 'markTrainingPartRead',
      summary: 'J’ai lu cette partie',
      summaryEn: 'I read this part',
      tags: ['formation'],
      access: authorize('resources', 'write', { serves: ['self'] }),
      request: { params: z.object({ id: Id, partId: Id }) },
      responses: { 200: { description: 'Ma progression / my progress', schema: CompletionViewSchema } },
    },
    async ({ params }, { principal }) => completionView(await markPartRead(d, principal, params.id, params.partId)),
  );
}
