import { z } from 'zod';
import { Id } from '../../catalogue/catalogue.request';
import { Capacity, FacilitatorIds, SessionTimes } from '../sessions.request';

export const PlanSessionBody = z
  .object({
    workshopId: Id,
    promotionIds: z
      .array(Id)
      .min(1)
      .max(10)
      .refine((a) => new Set(a).size === a.length, 'each promotion at most once')
      .describe('one promotion, or several of the territory for an open session'),
    ...SessionTimes,
    closesAt: SessionTimes.closesAt.optional().describe('the day before the start by default'),
    place: z.string().trim().min(2).max(200).optional(),
    link: z.string().url().max(500).optional(),
    capacity: Capacity,
    facilitatorIds: FacilitatorIds.default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'the end must come after the start' });
  });
export type PlanSessionBody = z.infer<typeof PlanSessionBody>;
