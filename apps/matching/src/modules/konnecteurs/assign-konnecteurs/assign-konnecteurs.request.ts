import { z } from 'zod';
import { Id, territoryBody } from '../../proposals/proposals.request';

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
