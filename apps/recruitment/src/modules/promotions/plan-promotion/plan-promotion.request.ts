import { z } from 'zod';
import { DEFAULT_CAPACITY } from '../promotion.entity';

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
      if (!(length >= 150 && length <= 215))
        ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'a promotion lasts about six months (150 to 215 days)' });
      if (v.kickoffOn && (days(v.startsOn, v.kickoffOn) < -30 || days(v.startsOn, v.kickoffOn) > 30))
        ctx.addIssue({ code: 'custom', path: ['kickoffOn'], message: 'the kick-off seminar is within 30 days of the start' });
      if (v.rexEveningOn && (days(v.startsOn, v.rexEveningOn) <= 0 || days(v.rexEveningOn, v.endsOn) <= 0))
        ctx.addIssue({ code: 'custom', path: ['rexEveningOn'], message: 'the mid-term REX evening falls between start and end' });
    });
}
export type PlanPromotionRequest = z.infer<ReturnType<typeof planPromotionRequest>>;
