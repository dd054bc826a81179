import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { pairView, PairViewSchema } from '../pair.views';
import { PairParams } from '../pairs.request';
import type { PairsDeps } from '../pairs.deps';
import { RULE_CONFLICT_RESPONSE } from '../rule-conflict';
import { approvePair } from './approve-pair.handler';

export function approvePairRoutes(router: Router, d: PairsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:id/approve',
      operationId: 'approvePair',
      summary: 'Approuver un binôme proposé (règles revérifiées)',
      summaryEn: 'Approve a proposed pair (rules checked again)',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PairParams },
      responses: { 200: { description: 'Le binôme confirmé / the confirmed pair', schema: PairViewSchema }, ...RULE_CONFLICT_RESPONSE },
    },
    async ({ params }, { principal }) => pairView(await approvePair(d, principal, params.id)),
  );
}
