import { z } from 'zod';
import { apiSchema, listQuery, searchShape } from '@binome/http-server';
import { DEFAULT_CAPACITY, PROMOTION_STATUSES } from './promotion.entity';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a calendar date');
const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

export function planPromotionRequest(territories: readonly string[]) {
  return z
    .object({
      territoryId: z.enum(territories as [string, ...string[]]),
      name: z.string().trim().min(3).max(80),
      startsOn: isoDate,
      endsOn: isoDate,
      capacity: z.number().int().min(1).max(200).default(DEFAULT_CAPACITY),
      kickoffOn: isoDate.optional(),
      rexEveningOn: isoDate.optional(),
    })
    .strict()
    .superRefine((v, ctx) => {
      const length = days(v.startsOn, v.endsOn);
      // A promotion lasts six months; allow for calendars (5 to 7 months).
      if (!(length >= 150 && length <= 215)) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'a promotion lasts about six months (150 to 215 days)' });
      if (v.kickoffOn && (days(v.startsOn, v.kickoffOn) < -30 || days(v.startsOn, v.kickoffOn) > 30))
        ctx.addIssue({ code: 'custom', path: ['kickoffOn'], message: 'the kick-off seminar is within 30 days of the start' });
      if (v.rexEveningOn && (days(v.startsOn, v.rexEveningOn) <= 0 || days(v.rexEveningOn, v.endsOn) <= 0))
        ctx.addIssue({ code: 'custom', path: ['rexEveningOn'], message: 'the mid-term REX evening falls between start and end' });
    });
}
export type PlanPromotionRequest = z.infer<ReturnType<typeof planPromotionRequest>>;

export const TransitionPromotionRequest = z.object({ to: z.enum(PROMOTION_STATUSES) }).strict();

/** Filters, `q` (a prefix of the name), `id` (getMany), react-admin paging and sorting. */
export const ListPromotionsQuery = listQuery(['startsOn', 'name', 'status'], z.string().uuid(), {
  territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  status: z.enum(PROMOTION_STATUSES).optional(),
  ...searchShape,
});
export type ListPromotionsQuery = z.infer<typeof ListPromotionsQuery>;

export const PromotionIdParams = z.object({ id: z.string().uuid() });

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A promotion as the API sends it (dates of the calendar as YYYY-MM-DD); for the OpenAPI document, checked against real responses. */
export const PromotionView = apiSchema(
  'Promotion',
  z
    .object({
      id: z.string().uuid(),
      _id: z.string().uuid(),
      territoryId: z.string(),
      name: z.string(),
      startsOn: isoDay,
      endsOn: isoDay,
      capacity: z.number().int(),
      status: z.enum(PROMOTION_STATUSES),
      kickoffOn: isoDay.optional(),
      rexEveningOn: isoDay.optional(),
      history: z.array(z.object({ status: z.enum(PROMOTION_STATUSES), at: z.string().datetime(), by: z.string() }).strict()),
      /** Candidates holding a seat. */
      seats: z.array(z.string()).optional(),
      createdAt: z.string().datetime(),
    })
    .strict(),
);
