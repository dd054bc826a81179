import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import { pairView, PairViewSchema } from '../pair.views';
import { PairParams } from '../pairs.request';
import type { PairsDeps } from '../pairs.deps';
import { RULE_CONFLICT_RESPONSE } from '../rule-conflict';
import { rematchPair } from './rematch-pair.handler';

export function rematchPairRoutes(router: Router, d: PairsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:id/rematch',
      operationId: 'rematchPair',
      summary: 'Proposer un nouveau salarié volontaire au bénéficiaire d’un binôme dissous',
      summaryEn: "Propose a new volunteer for a dissolved pair's beneficiary",
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PairParams },
      responses: {
        201: { description: 'Le nouveau binôme proposé / the new proposed pair', schema: PairViewSchema },
        ...RULE_CONFLICT_RESPONSE,
      },
    },
    async ({ params }, { principal }) => {
      const pair = await rematchPair(d, principal, params.id);
      return reply({ status: 201, body: pairView(pair), location: `/v1/pairs/${pair._id}` });
    },
  );
}
