import { z } from 'zod';
import { KONNECTEUR_MAX_PAIRS, KONNECTEUR_MIN_PAIRS, type ReferentKind } from './referent.entity';

/** Shared pieces of the referents' request schemas. */
export const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) => [`${d}-am`, `${d}-pm`]) as [string, ...string[]];
export const TOPICS = [
  'CV',
  'LINKEDIN',
  'PITCH',
  'PROFESSIONAL_CODES',
  'FRENCH',
  'DIGITAL',
  'NETWORK',
  'INTERVIEW',
  'SPEED_MEETING',
  'COACHING',
] as const;

/** Capacity means pairs for a Konnecteur (2–3) and sessions a month for a Koach (1–8). */
export const capacityFor = (kind: ReferentKind) =>
  kind === 'konnecteur'
    ? z
        .number()
        .int()
        .min(KONNECTEUR_MIN_PAIRS, 'a Konnecteur follows 2 to 3 pairs')
        .max(KONNECTEUR_MAX_PAIRS, 'a Konnecteur follows 2 to 3 pairs')
    : z.number().int().min(1).max(8);

export const ReferentIdParams = z.object({ id: z.string().uuid() });
