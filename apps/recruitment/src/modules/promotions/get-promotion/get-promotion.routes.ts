import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { PromotionsDeps } from '../promotions.deps';
import { PromotionIdParams } from '../promotions.request';
import { getPromotion } from './get-promotion.handler';
import { PromotionView } from '../promotion.views';

export function getPromotionRoutes(router: Router, deps: PromotionsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions/:id',
      operationId: 'getPromotion',
      summary: 'Lire une promotion',
      summaryEn: 'Read a promotion',
      tags: ['recrutement'],
      access: authorize('promotions', 'read'),
      request: { params: PromotionIdParams },
      responses: { 200: { description: 'La promotion / the promotion', schema: PromotionView } },
    },
    async ({ params }, { principal, permission }) => getPromotion(deps, principal, permission, params.id),
  );
}
