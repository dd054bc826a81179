import { z } from 'zod';
import { REFERRAL_OUTCOMES } from '../referral.entity';

/** `converted` is not set by hand: admission converts an inbound referral. */
export const ReferralStatusRequest = z
  .object({
    status: z.enum(['accepted', 'closed']),
    outcome: z.enum(REFERRAL_OUTCOMES).optional(),
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status === 'closed' && !v.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'required when status is closed' });
    if (v.status !== 'closed' && v.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'only when status is closed' });
  });
export type ReferralStatusRequest = z.infer<typeof ReferralStatusRequest>;
