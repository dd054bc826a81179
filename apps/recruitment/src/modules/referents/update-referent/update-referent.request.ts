import { z } from 'zod';
import { identityText } from '@binome/http-server';
import type { ReferentKind } from '../referent.entity';
import { capacityFor, SLOTS, TOPICS } from '../referents.request';

export function updateReferentRequest(kind: ReferentKind, territories: readonly string[]) {
  return z
    .object({
      territoryId: z
        .array(z.enum(territories as [string, ...string[]]))
        .min(1)
        .max(territories.length)
        .optional(),
      town: identityText(100).optional(),
      availability: z.array(z.enum(SLOTS)).max(14).optional(),
      capacity: capacityFor(kind).optional(),
      topics: z.array(z.enum(TOPICS)).max(TOPICS.length).optional(),
      active: z.boolean().optional(),
    })
    .strict()
    .refine((v) => Object.keys(v).length > 0, { message: 'nothing to update', path: [] });
}
export type UpdateReferentRequest = z.infer<ReturnType<typeof updateReferentRequest>>;
