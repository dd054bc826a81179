import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { notFound } from '@binome/errors';
import { reply, route } from '@binome/http-server';
import { planPromotion, transitionPromotion } from './promotion.handlers';
import { promotionReach, type PromotionReachDeps } from './promotion.reach';
import type { PromotionRepository } from './promotion.repository';
import { ListPromotionsQuery, planPromotionRequest, PromotionIdParams, PromotionView, TransitionPromotionRequest } from './promotion.request';

const staff = authorize('promotions', 'write');
const readers = authorize('promotions', 'read');
const tags = ['recrutement'];

export function promotionRoutes(router: Router, repository: PromotionRepository, territories: readonly string[], people: PromotionReachDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions',
      operationId: 'planPromotion',
      summary: 'Planifier une promotion (environ six mois)',
      summaryEn: 'Plan a promotion (about six months)',
      tags,
      access: staff,
      request: { body: planPromotionRequest(territories) },
      responses: { 201: { description: 'La promotion / the promotion', schema: PromotionView }, 409: { description: 'Nom déjà pris dans le territoire / name already taken in the territory' } },
    },
    async ({ body }, { principal }) => {
      const promotion = await planPromotion(repository, principal, body);
      return reply({ status: 201, body: promotion, location: `/v1/promotions/${promotion._id}` });
    },
  );

  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions',
      operationId: 'listPromotions',
      summary: 'Lister les promotions',
      summaryEn: 'List promotions',
      tags,
      access: readers,
      request: { query: ListPromotionsQuery },
      responses: { 200: { description: 'Une page de promotions / a page of promotions', schema: PromotionView } },
      list: true,
    },
    async ({ query }, { principal, permission }) => {
      const reach = await promotionReach(people, principal, permission);
      return reach ? repository.list(reach.scope, query, reach.filter) : { items: [], total: 0 };
    },
  );

  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions/:id',
      operationId: 'getPromotion',
      summary: 'Lire une promotion',
      summaryEn: 'Read a promotion',
      tags,
      access: readers,
      request: { params: PromotionIdParams },
      responses: { 200: { description: 'La promotion / the promotion', schema: PromotionView } },
    },
    async ({ params }, { principal, permission }) => {
      const reach = await promotionReach(people, principal, permission);
      const promotion = reach ? await repository.findById(reach.scope, params.id, reach.filter) : null;
      if (!promotion) throw notFound('Promotion');
      return promotion;
    },
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:id/transitions',
      operationId: 'transitionPromotion',
      summary: 'Faire avancer une promotion (planned → recruiting → running → closed)',
      summaryEn: 'Move a promotion on (planned → recruiting → running → closed)',
      tags,
      access: staff,
      request: { params: PromotionIdParams, body: TransitionPromotionRequest },
      responses: { 200: { description: 'La promotion / the promotion', schema: PromotionView }, 409: { description: 'Transition interdite / illegal transition' } },
    },
    async ({ params, body }, { principal }) => transitionPromotion(repository, principal, params.id, body.to),
  );
}
