import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { Day, Id } from '../surveys/surveys.request';
import { FIGURE_CODES } from './published-figures';

const selectionShape = {
  territoryId: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  promotionId: Id.optional(),
  from: Day.optional(),
  to: Day.optional(),
  /** The day the figures are computed as of (default today): which waves are due. */
  asOf: Day.optional(),
};
const checkPeriod = (v: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
};
export const SelectionQuery = z.object(selectionShape).strict().superRefine(checkPeriod);
export const BY = z.enum(['territory', 'promotion', 'company']);
export const BreakdownQuery = z
  .object({ ...selectionShape, by: BY })
  .strict()
  .superRefine(checkPeriod);
export const FigureParams = z.object({ code: z.enum(FIGURE_CODES) }).strict();

const Text = z.object({ fr: z.string(), en: z.string() });
export const FigureView = apiSchema(
  'Figure',
  z.object({
    code: z.enum(FIGURE_CODES),
    label: Text,
    numerator: z.number().int().optional(),
    denominator: z.number().int().optional(),
    value: z.number().optional(),
    interval: z.object({ lower: z.number(), upper: z.number() }).optional(),
    due: z.number().int().optional(),
    responseRate: z.number().optional(),
    published: z.number(),
    definition: Text,
    suppressed: z.boolean(),
  }),
);
