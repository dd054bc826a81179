import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { FACILITATOR_KINDS, type Facilitator } from './facilitator.entity';

const SlotView = z.object({ startsAt: z.string().datetime(), endsAt: z.string().datetime() });

export const FacilitatorViewSchema = apiSchema(
  'Facilitator',
  z.object({
    id: z.string(),
    territoryId: z.string(),
    kind: z.enum(FACILITATOR_KINDS),
    email: z.string(),
    referentId: z.string().optional(),
    availability: z.array(SlotView),
  }),
);
export type FacilitatorView = z.infer<typeof FacilitatorViewSchema>;

/** Staff and the facilitator themselves. */
export const facilitatorView = (f: Facilitator): FacilitatorView => ({
  id: f._id,
  territoryId: f.territoryId,
  kind: f.kind,
  email: f.email,
  ...(f.referentId ? { referentId: f.referentId } : {}),
  availability: f.availability.map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
});
