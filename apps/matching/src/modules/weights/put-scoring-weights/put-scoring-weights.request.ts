import { z } from 'zod';
import { CRITERIA, type Criterion } from '@binome/matching-engine';

const fraction = z.number().min(0).max(1);

/** Every field optional: what is left out keeps the engine's default. */
export const ScoringWeightsRequest = z
  .object({
    criteria: z
      .object(
        Object.fromEntries(CRITERIA.map((c) => [c, z.number().int().min(0).max(1000).optional()])) as Record<
          Criterion,
          z.ZodOptional<z.ZodNumber>
        >,
      )
      .strict()
      .optional(),
    tradeProximity: z
      .object({ sameTrade: fraction, sameFamily: fraction, sameSector: fraction, none: fraction })
      .partial()
      .strict()
      .optional(),
    commuteHalfScoreKm: z.number().positive().max(500).optional(),
    availabilityTargetSlots: z.number().int().min(1).max(14).optional(),
    frenchShare: fraction.optional(),
  })
  .strict();

export type ScoringWeightsInput = z.infer<typeof ScoringWeightsRequest>;
