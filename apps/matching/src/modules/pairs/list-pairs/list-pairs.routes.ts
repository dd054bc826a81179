import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { pagingOf, route } from '@binome/http-server';
import { PairViewSchema } from '../pair.views';
import { PromotionParams } from '../../proposals/proposals.request';
import type { PairsDeps } from '../pairs.deps';
import { listPairs } from './list-pairs.handler';
import { ListPairsQuery, PAIR_SORT_PATHS } from './list-pairs.request';

export function listPairsRoutes(router: Router, d: PairsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions/:promotionId/pairs',
      operationId: 'listPairs',
      summary: "Lister les binômes d'une promotion",
      summaryEn: "List a promotion's pairs",
      description:
        'Filtres / filters: `status` (liste séparée par des virgules / comma-separated), `beneficiaryId`, `volunteerId`, `konnecteurId`, `id` (getMany).',
      tags: ['appariement'],
      // Every reach of the matrix: territories, or a participant's own pairs.
      access: authorize('pairs', 'read'),
      request: { params: PromotionParams, query: ListPairsQuery },
      responses: { 200: { description: 'Une page de binômes / a page of pairs', schema: PairViewSchema } },
      list: true,
    },
    async ({ params, query }, { principal, permission }) =>
      listPairs(
        d,
        principal,
        permission,
        {
          ids: query.id,
          promotionId: params.promotionId,
          statuses: query.status,
          beneficiaryId: query.beneficiaryId,
          volunteerId: query.volunteerId,
          konnecteurId: query.konnecteurId,
        },
        pagingOf(query, { createdAt: 1 }, PAIR_SORT_PATHS),
      ),
  );
}
