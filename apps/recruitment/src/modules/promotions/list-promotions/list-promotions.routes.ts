import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { PromotionsDeps } from '../promotions.deps';
import { listPromotions } from './list-promotions.handler';
import { ListPromotionsQuery } from './list-promotions.request';
import { PromotionView } from '../promotion.views';

export function listPromotionsRoutes(router: Router, deps: PromotionsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions',
      operationId: 'listPromotions',
      summary: 'Lister les promotions',
      summaryEn: 'List promotions',
      tags: ['recrutement'],
      access: authorize('promotions', 'read'),
      request: { query: ListPromotionsQuery },
      responses: { 200: { description: 'Une page de promotions / a page of promotions', schema: PromotionView } },
      list: true,
    },
    async ({ query }, { principal, permission }) => listPromotions(deps, principal, permission, query),
  );
}
