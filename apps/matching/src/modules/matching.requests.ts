import { z } from 'zod';
import { listQuery } from '@binome/http-server';
import { DISSOLUTION_REASONS, PAIR_STATUSES } from './pairs/pair.entity';
import { Id, territoryBody } from './proposals/proposals.request';

export const PairParams = z.object({ id: Id });

const statusList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.enum(PAIR_STATUSES)).max(PAIR_STATUSES.length));

/** Pairs carry ids only, no natural text: no `q`. */
export const ListPairsQuery = listQuery(['createdAt', 'score', 'status', 'beneficiaryId', 'volunteerId'], Id, {
  status: statusList.optional(),
  beneficiaryId: Id.optional(),
  volunteerId: Id.optional(),
  konnecteurId: Id.optional(),
});
export const PAIR_SORT_PATHS = { score: 'score.total' };

export const ChangeVolunteerRequest = z.object({ volunteerId: Id }).strict();

export const TransitionRequest = z
  .object({
    to: z.enum(['confirmed', 'active', 'completed', 'dissolved', 'withdrawn']),
    reason: z.enum(DISSOLUTION_REASONS).optional(),
    // Kept inside matching (never in events); staff are told not to write health or legal details.
    note: z.string().trim().max(500).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.to === 'dissolved' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: `a dissolution needs a reason: ${DISSOLUTION_REASONS.join(', ')}` });
    if (v.to !== 'dissolved' && (v.reason || v.note)) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a reason is only given when dissolving' });
  });

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const KonnecteurAssignmentRequest = (territories: readonly string[]) =>
  z
    .object({
      territoryId: territoryBody(territories),
      konnecteurs: z
        .array(
          z
            .object({
              id: Id,
              location: z.object({ lat: latitude, lon: longitude }).strict(),
              // 2–3 pairs each in the programme; a little slack for small cohorts.
              capacity: z.number().int().min(1).max(5).default(3),
              // Links the Konnecteur's account (verified email) to the pairs they follow.
              email: z.string().trim().toLowerCase().email().max(200).optional(),
            })
            .strict(),
        )
        .min(1)
        .max(100)
        .superRefine((list, ctx) => {
          const seen = new Set<string>();
          list.forEach((k, i) => {
            if (seen.has(k.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate Konnecteur ${k.id}` });
            seen.add(k.id);
          });
        }),
    })
    .strict();

