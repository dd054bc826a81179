import type { Router } from 'express';
import { z } from 'zod';
import { assertTerritory, authorize, TERRITORY_REACHES } from '@binome/auth';
import { validationFailed } from '@binome/errors';
import { route } from '@binome/http-server';
import { CRITERIA, resolveWeights, type Criterion } from '@binome/matching-engine';
import type { ScoringWeightsRepository } from './scoring-weights.repository';

const fraction = z.number().min(0).max(1);

/** Every field optional: what is left out keeps the engine's default. */
export const ScoringWeightsRequest = z
  .object({
    criteria: z
      .object(Object.fromEntries(CRITERIA.map((c) => [c, z.number().int().min(0).max(1000).optional()])) as Record<Criterion, z.ZodOptional<z.ZodNumber>>)
      .strict()
      .optional(),
    tradeProximity: z.object({ sameTrade: fraction, sameFamily: fraction, sameSector: fraction, none: fraction }).partial().strict().optional(),
    commuteHalfScoreKm: z.number().positive().max(500).optional(),
    availabilityTargetSlots: z.number().int().min(1).max(14).optional(),
    frenchShare: fraction.optional(),
  })
  .strict();

const Params = (territories: readonly string[]) => z.object({ territoryId: z.enum(territories as [string, ...string[]]) });

export function scoringWeightsRoutes(router: Router, repository: ScoringWeightsRepository, territories: readonly string[]): void {
  const params = Params(territories);
  const path = '/v1/territories/:territoryId/scoring-weights';
  const tags = ['appariement'];

  route(
    router,
    {
      method: 'get',
      path,
      operationId: 'getScoringWeights',
      summary: "Poids des critères d'appariement d'un territoire",
      summaryEn: "A territory's scoring weights",
      tags,
      access: authorize('pairs', 'read', { serves: TERRITORY_REACHES }),
      request: { params },
      responses: { 200: { description: 'Les poids (ceux du moteur tant que non réglés) / the weights (the engine defaults until tuned)' } },
    },
    async ({ params: p }, { principal }) => {
      assertTerritory(principal, p.territoryId);
      return repository.get(principal.scope, p.territoryId);
    },
  );

  route(
    router,
    {
      method: 'put',
      path,
      operationId: 'putScoringWeights',
      summary: "Régler les poids des critères d'un territoire",
      summaryEn: "Tune a territory's scoring weights",
      tags,
      access: authorize('pairs', 'write', { serves: TERRITORY_REACHES }),
      request: { params, body: ScoringWeightsRequest },
      responses: { 200: { description: 'Les poids enregistrés / the stored weights' } },
    },
    async ({ params: p, body }, { principal }) => {
      assertTerritory(principal, p.territoryId);
      const weights = resolveWeights(body);
      if (CRITERIA.every((c) => weights.criteria[c] === 0)) throw validationFailed([{ field: 'body.criteria', message: 'at least one criterion must weigh more than 0' }]);
      return repository.put(p.territoryId, weights, principal.subject);
    },
  );
}
