import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { PairDetailSchema } from '../pair.views';
import { PairParams } from '../pairs.request';
import type { PairsDeps } from '../pairs.deps';
import { getPair } from './get-pair.handler';

export function getPairRoutes(router: Router, d: PairsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/pairs/:id',
      operationId: 'getPair',
      summary: 'Lire un binôme, avec son explication',
      summaryEn: 'Read a pair, with its explanation',
      tags: ['appariement'],
      // Every reach of the matrix: territories, or a participant's own pairs.
      access: authorize('pairs', 'read'),
      request: { params: PairParams },
      responses: { 200: { description: 'Le binôme / the pair', schema: PairDetailSchema } },
    },
    async ({ params }, { principal, permission }) => getPair(d, principal, permission, params.id),
  );
}
