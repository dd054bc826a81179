import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { WeightsDeps } from '../weights.deps';
import { TerritoryParams } from '../weights.request';
import { putScoringWeights } from './put-scoring-weights.handler';
import { ScoringWeightsRequest } from './put-scoring-weights.request';

export function putScoringWeightsRoutes(router: Router, d: WeightsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'put',
      path: '/v1/territories/:territoryId/scoring-weights',
      operationId: 'putScoringWeights',
      summary: "Régler les poids des critères d'un territoire",
      summaryEn: "Tune a territory's scoring weights",
      tags: ['appariement'],
      access: authorize('pairs', 'write', { serves: TERRITORY_REACHES }),
      request: { params: TerritoryParams(territories), body: ScoringWeightsRequest },
      responses: { 200: { description: 'Les poids enregistrés / the stored weights' } },
    },
    async ({ params, body }, { principal }) => putScoringWeights(d, principal, params.territoryId, body),
  );
}
