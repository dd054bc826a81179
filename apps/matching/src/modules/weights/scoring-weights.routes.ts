import type { Router } from 'express';
import { z } from 'zod';
import { assertTerritory, authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { validationFailed } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
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
  type P = z.infer<typeof params>;

  router.get('/v1/territories/:territoryId/scoring-weights', authorize('pairs', 'read', { serves: TERRITORY_REACHES }), validate({ params }), async (_req, res) => {
    const principal = principalOf(res);
    const { territoryId } = inputOf<unknown, unknown, P>(res).params;
    assertTerritory(principal, territoryId);
    res.json(await repository.get(principal.scope, territoryId));
  });

  router.put(
    '/v1/territories/:territoryId/scoring-weights',
    authorize('pairs', 'write', { serves: TERRITORY_REACHES }),
    validate({ params, body: ScoringWeightsRequest }),
    async (_req, res) => {
      const principal = principalOf(res);
      const { params: p, body } = inputOf<z.infer<typeof ScoringWeightsRequest>, unknown, P>(res);
      assertTerritory(principal, p.territoryId);
      const weights = resolveWeights(body);
      if (CRITERIA.every((c) => weights.criteria[c] === 0)) throw validationFailed([{ field: 'body.criteria', message: 'at least one criterion must weigh more than 0' }]);
      res.json(await repository.put(p.territoryId, weights, principal.subject));
    },
  );
}
