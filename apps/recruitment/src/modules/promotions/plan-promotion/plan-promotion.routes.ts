import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import type { PromotionsDeps } from '../promotions.deps';
import { planPromotion } from './plan-promotion.handler';
import { planPromotionRequest } from './plan-promotion.request';
import { PromotionView } from '../promotion.views';

export function planPromotionRoutes(router: Router, deps: PromotionsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions',
      operationId: 'planPromotion',
      summary: 'Planifier une promotion (environ six mois)',
      summaryEn: 'Plan a promotion (about six months)',
      tags: ['recrutement'],
      access: authorize('promotions', 'write'),
      request: { body: planPromotionRequest(territories) },
      responses: {
        201: { description: 'La promotion / the promotion', schema: PromotionView },
        409: { description: 'Nom déjà pris dans le territoire / name already taken in the territory' },
      },
    },
    async ({ body }, { principal }) => {
      const promotion = await planPromotion(deps.promotions, principal, body);
      return reply({ status: 201, body: promotion, location: `/v1/promotions/${promotion._id}` });
    },
  );
}
