import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { pairView, PairViewSchema } from '../pair.views';
import { PairParams } from '../pairs.request';
import type { PairsDeps } from '../pairs.deps';
import { transitionPair } from './transition-pair.handler';
import { TransitionRequest } from './transition-pair.request';

export function transitionPairRoutes(router: Router, d: PairsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:id/transitions',
      operationId: 'transitionPair',
      summary: 'Faire avancer un binôme (confirmé → actif → terminé, dissous)',
      summaryEn: 'Move a pair on (confirmed → active → completed, dissolved)',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PairParams, body: TransitionRequest },
      responses: {
        200: { description: 'Le binôme / the pair', schema: PairViewSchema },
        409: { description: 'Transition interdite / illegal transition' },
      },
    },
    async ({ params, body }, { principal }) => {
      const dissolution = body.reason ? { reason: body.reason, ...(body.note ? { note: body.note } : {}) } : undefined;
      return pairView(await transitionPair(d, principal, params.id, body.to, dissolution));
    },
  );
}
