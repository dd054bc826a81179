import { z } from 'zod';
import { identityText } from '@binome/http-server';
import { KONNECTEUR_MAX_PAIRS, type ReferentKind } from '../referent.entity';
import { capacityFor, SLOTS, TOPICS } from '../referents.request';

export function createReferentRequest(kind: ReferentKind, territories: readonly string[]) {
  return z
    .object({
      territoryId: z
        .array(z.enum(territories as [string, ...string[]]))
        .min(1)
        .max(territories.length),
      firstName: identityText(100),
      lastName: identityText(100),
      email: z.string().trim().toLowerCase().email().max(200),
      phone: z
        .string()
        .regex(/^\+?[0-9 ().-]{6,20}$/, 'expected a phone number')
        .optional(),
      userId: z.string().uuid().optional(),
      companyId: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{1,63}$/)
        .optional(),
      town: identityText(100),
      availability: z.array(z.enum(SLOTS)).max(14).default([]),
      capacity: capacityFor(kind).default(kind === 'konnecteur' ? KONNECTEUR_MAX_PAIRS : 2),
      topics: z.array(z.enum(TOPICS)).max(TOPICS.length).default([]),
    })
    .strict();
}
export type CreateReferentRequest = z.infer<ReturnType<typeof createReferentRequest>>;
