import { z } from 'zod';
import { isoDate, text } from '../../shared/value-formats';
import { WITHDRAWAL_REASONS } from '../volunteer.entity';

export const VolunteerTransitionRequest = z.discriminatedUnion(
  'to',
  [
    // Normally set by the training module's completion (resources' ModuleCompleted); staff may
    // still mark it by hand, saying why (kept in the history).
    z.object({ to: z.literal('trained'), attendedOn: isoDate, reason: text(300).optional() }).strict(),
    z.object({ to: z.literal('active') }).strict(),
    z.object({ to: z.literal('withdrawn'), reason: z.enum(WITHDRAWAL_REASONS), notes: text(500).optional() }).strict(),
  ],
  {
    errorMap: (issue, ctx) => ({
      message: issue.code === 'invalid_union_discriminator' ? 'expected one of: trained, active, withdrawn' : ctx.defaultError,
    }),
  },
);
export type VolunteerTransitionRequest = z.infer<typeof VolunteerTransitionRequest>;
