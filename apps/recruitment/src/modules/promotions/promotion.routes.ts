import type { Router } from 'express';
import type { z } from 'zod';
import { authorize, permissionOf, principalOf } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { planPromotion, transitionPromotion } from './promotion.handlers';
import { promotionReach, type PromotionReachDeps } from './promotion.reach';
import type { PromotionRepository } from './promotion.repository';
import { ListPromotionsQuery, planPromotionRequest, PromotionIdParams, TransitionPromotionRequest, type PlanPromotionRequest } from './promotion.request';

const staff = authorize('promotions', 'write');

export function promotionRoutes(router: Router, repository: PromotionRepository, territories: readonly string[], onWrite: () => void, people: PromotionReachDeps): void {
  router.post('/v1/promotions', staff, validate({ body: planPromotionRequest(territories) }), async (_req, res) => {
    const promotion = await planPromotion(repository, principalOf(res), inputOf<PlanPromotionRequest>(res).body);
    onWrite();
    res.status(201).location(`/v1/promotions/${promotion._id}`).json(promotion);
  });

  router.get('/v1/promotions', authorize('promotions', 'read'), validate({ query: ListPromotionsQuery }), async (_req, res) => {
    const reach = await promotionReach(people, principalOf(res), permissionOf(res));
    const query = inputOf<unknown, z.infer<typeof ListPromotionsQuery>>(res).query;
    const { items, total } = reach ? await repository.list(reach.scope, query, reach.filter) : { items: [], total: 0 };
    res.setHeader('X-Total-Count', String(total));
    res.json(items);
  });

  router.get('/v1/promotions/:id', authorize('promotions', 'read'), validate({ params: PromotionIdParams }), async (_req, res) => {
    const { id } = inputOf<unknown, unknown, z.infer<typeof PromotionIdParams>>(res).params;
    const reach = await promotionReach(people, principalOf(res), permissionOf(res));
    const promotion = reach ? await repository.findById(reach.scope, id, reach.filter) : null;
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
