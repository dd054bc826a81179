import { z } from 'zod';
import { listQuery } from '@binome/http-server';
import { PARTNER_ID, REFERRAL_DIRECTIONS, REFERRAL_OUTCOMES, REFERRAL_STATUSES } from './referral.entity';

export const ReferralIdParams = z.object({ id: z.string().uuid() }).strict();
export type ReferralIdParams = z.infer<typeof ReferralIdParams>;

/** Referrals carry no name of their own (the person's is in the candidate): no `q`. */
export const ListReferralsQuery = listQuery(['createdAt', 'status'], z.string().uuid(), {
  direction: z.enum(REFERRAL_DIRECTIONS).optional(),
  status: z.enum(REFERRAL_STATUSES).optional(),
  candidateId: z.string().uuid().optional(),
});
export type ListReferralsQuery = z.infer<typeof ListReferralsQuery>;

/** Staff refer a person out directly (outside the intake decision, e.g. a beneficiary who needs a shelter). */
export const CreateReferralRequest = z
  .object({
    candidateId: z.string().uuid(),
    partnerId: z.string().regex(PARTNER_ID, 'expected a partner organisation id (slug)'),
    /** Shared with the partner when the person consented: no contact details in it. */
    reason: z.string().trim().min(1).max(500),
  })
  .strict();
export type CreateReferralRequest = z.infer<typeof CreateReferralRequest>;

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
