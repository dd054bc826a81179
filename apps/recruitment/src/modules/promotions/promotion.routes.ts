import type { Router } from 'express';
import type { z } from 'zod';
import { principalOf, requireRole } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { planPromotion, transitionPromotion } from './promotion.handlers';
import type { PromotionRepository } from './promotion.repository';
import { ListPromotionsQuery, planPromotionRequest, PromotionIdParams, TransitionPromotionRequest, type PlanPromotionRequest } from './promotion.request';

const staff = requireRole('hq-admin', 'territory-manager');

export function promotionRoutes(router: Router, repository: PromotionRepository, territories: readonly string[], onWrite: () => void): void {
  router.post('/v1/promotions', staff, validate({ body: planPromotionRequest(territories) }), async (_req, res) => {
    const promotion = await planPromotion(repository, principalOf(res), inputOf<PlanPromotionRequest>(res).body);
    onWrite();
    res.status(201).location(`/v1/promotions/${promotion._id}`).json(promotion);
  });

  router.get('/v1/promotions', requireRole('hq-admin', 'territory-manager', 'konnecteur', 'koach'), validate({ query: ListPromotionsQuery }), async (_req, res) => {
    const { items, total } = await repository.list(principalOf(res).scope, inputOf<unknown, z.infer<typeof ListPromotionsQuery>>(res).query);
    res.setHeader('X-Total-Count', String(total));
    res.json(items);
  });

  router.get('/v1/promotions/:id', requireRole('hq-admin', 'territory-manager', 'konnecteur', 'koach'), validate({ params: PromotionIdParams }), async (_req, res) => {
    const { id } = inputOf<unknown, unknown, z.infer<typeof PromotionIdParams>>(res).params;
    const promotion = await repository.findById(principalOf(res).scope, id);
    if (!promotion) throw notFound('Promotion');
    res.json(promotion);
  });

  router.post(
    '/v1/promotions/:id/transitions',
    staff,
    validate({ params: PromotionIdParams, body: TransitionPromotionRequest }),
    async (_req, res) => {
      const { params, body } = inputOf<z.infer<typeof TransitionPromotionRequest>, unknown, z.infer<typeof PromotionIdParams>>(res);
      const promotion = await transitionPromotion(repository, principalOf(res), params.id, body.to);
      onWrite();
      res.json(promotion);
    },
  );
}
