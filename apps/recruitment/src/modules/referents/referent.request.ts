import { z } from 'zod';
import { apiSchema, checkWindow, identityText, idsShape, pagingShape } from '@binome/http-server';
import { KONNECTEUR_MAX_PAIRS, KONNECTEUR_MIN_PAIRS, type ReferentKind } from './referent.entity';

const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) => [`${d}-am`, `${d}-pm`]) as [string, ...string[]];
const TOPICS = ['CV', 'LINKEDIN', 'PITCH', 'PROFESSIONAL_CODES', 'FRENCH', 'DIGITAL', 'NETWORK', 'INTERVIEW', 'SPEED_MEETING', 'COACHING'] as const;

/** Capacity means pairs for a Konnecteur (2–3) and sessions a month for a Koach (1–8). */
const capacityFor = (kind: ReferentKind) =>
  kind === 'konnecteur'
    ? z.number().int().min(KONNECTEUR_MIN_PAIRS, 'a Konnecteur follows 2 to 3 pairs').max(KONNECTEUR_MAX_PAIRS, 'a Konnecteur follows 2 to 3 pairs')
    : z.number().int().min(1).max(8);

export function createReferentRequest(kind: ReferentKind, territories: readonly string[]) {
  return z
    .object({
      territoryId: z.array(z.enum(territories as [string, ...string[]])).min(1).max(territories.length),
      firstName: identityText(100),
      lastName: identityText(100),
      email: z.string().trim().toLowerCase().email().max(200),
      phone: z.string().regex(/^\+?[0-9 ().-]{6,20}$/, 'expected a phone number').optional(),
      userId: z.string().uuid().optional(),
      companyId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/).optional(),
      town: identityText(100),
      availability: z.array(z.enum(SLOTS)).max(14).default([]),
      capacity: capacityFor(kind).default(kind === 'konnecteur' ? KONNECTEUR_MAX_PAIRS : 2),
      topics: z.array(z.enum(TOPICS)).max(TOPICS.length).default([]),
    })
    .strict();
}
export type CreateReferentRequest = z.infer<ReturnType<typeof createReferentRequest>>;

export function updateReferentRequest(kind: ReferentKind, territories: readonly string[]) {
  return z
    .object({
      territoryId: z.array(z.enum(territories as [string, ...string[]])).min(1).max(territories.length).optional(),
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

export const ListReferentsQuery = z
  .object({
    territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
    active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    topic: z.enum(TOPICS).optional(),
    q: z.string().trim().min(1).max(50).optional(),
    ...pagingShape(['id', 'lastName', 'createdAt']),
    ...idsShape(z.string().uuid()),
  })
  .strict()
  .superRefine(checkWindow);
export type ListReferentsQuery = z.infer<typeof ListReferentsQuery>;

export const ReferentIdParams = z.object({ id: z.string().uuid() });

const stamp = z.string().datetime();
/** A Konnecteur or Koach as the API sends it; for the OpenAPI document, checked against real responses. */
export const ReferentView = apiSchema(
  'Referent',
  z
    .object({
      id: z.string().uuid(),
      _id: z.string().uuid(),
      kind: z.enum(['konnecteur', 'koach']),
      territoryId: z.array(z.string()),
      identity: z.object({ firstName: z.string(), lastName: z.string() }).strict(),
      contact: z.object({ email: z.string(), phone: z.string().optional() }).strict(),
      userId: z.string().optional(),
      companyId: z.string().optional(),
      town: z.string(),
      location: z.object({ lat: z.number(), lon: z.number() }).strict().optional(),
      availability: z.array(z.string()),
      capacity: z.number().int(),
      topics: z.array(z.string()),
      active: z.boolean(),
      createdAt: stamp,
      updatedAt: stamp,
    })
    .strict(),
);
