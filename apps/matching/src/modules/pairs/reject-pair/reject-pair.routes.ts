import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { pairView, PairViewSchema } from '../pair.views';
import { PairParams } from '../pairs.request';
import type { PairsDeps } from '../pairs.deps';
import { RULE_CONFLICT_RESPONSE } from '../rule-conflict';
import { rejectPair } from './reject-pair.handler';

export function rejectPairRoutes(router: Router, d: PairsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:id/reject',
      operationId: 'rejectPair',
      summary: 'Rejeter un binôme proposé (et l’interdire)',
      summaryEn: 'Reject a proposed pair (and ban it)',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PairParams },
      responses: { 200: { description: 'Le binôme retiré / the withdrawn pair', schema: PairViewSchema }, ...RULE_CONFLICT_RESPONSE },
    },
    async ({ params }, { principal }) => pairView(await rejectPair(d, principal, params.id)),
  );
}
