import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { PromotionsDeps } from '../promotions.deps';
import { PromotionIdParams } from '../promotions.request';
import { transitionPromotion } from './transition-promotion.handler';
import { TransitionPromotionRequest } from './transition-promotion.request';
import { PromotionView } from '../promotion.views';

export function transitionPromotionRoutes(router: Router, deps: PromotionsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:id/transitions',
      operationId: 'transitionPromotion',
      summary: 'Faire avancer une promotion (planned → recruiting → running → closed)',
      summaryEn: 'Move a promotion on (planned → recruiting → running → closed)',
      tags: ['recrutement'],
      access: authorize('promotions', 'write'),
      request: { params: PromotionIdParams, body: TransitionPromotionRequest },
      responses: {
        200: { description: 'La promotion / the promotion', schema: PromotionView },
        409: { description: 'Transition interdite / illegal transition' },
      },
    },
    async ({ params, body }, { principal }) => transitionPromotion(deps.promotions, principal, params.id, body.to),
  );
}
