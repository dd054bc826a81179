import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { WeightsDeps } from '../weights.deps';
import { TerritoryParams } from '../weights.request';
import { getScoringWeights } from './get-scoring-weights.handler';

export function getScoringWeightsRoutes(router: Router, d: WeightsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/territories/:territoryId/scoring-weights',
      operationId: 'getScoringWeights',
      summary: "Poids des critères d'appariement d'un territoire",
      summaryEn: "A territory's scoring weights",
      tags: ['appariement'],
      access: authorize('pairs', 'read', { serves: TERRITORY_REACHES }),
      request: { params: TerritoryParams(territories) },
      responses: { 200: { description: 'Les poids (ceux du moteur tant que non réglés) / the weights (the engine defaults until tuned)' } },
    },
    async ({ params }, { principal }) => getScoringWeights(d, principal, params.territoryId),
  );
}
