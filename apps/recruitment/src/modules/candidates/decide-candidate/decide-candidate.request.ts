import { z } from 'zod';
import { PARTNER_ID } from '../../referrals/referral.entity';

/**
 * Intake step 4. `promotionId` for admitted/waitlisted; `partnerId` and `reason` for referred (the
 * reason is shared with the partner when the person consented: no contact details in it);
 * `override.reason` to admit despite an unmet eligibility criterion.
 */
export const DecisionRequest = z
  .object({
    outcome: z.enum(['admitted', 'waitlisted', 'referred']),
    promotionId: z.string().uuid().optional(),
    partnerId: z.string().regex(PARTNER_ID, 'expected a partner organisation id (slug)').optional(),
    reason: z.string().trim().min(1).max(500).optional(),
    override: z
      .object({ reason: z.string().trim().min(1, 'the override needs a reason').max(1000) })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (v.outcome === 'referred') {
      if (!v.partnerId) issue('partnerId', 'required when outcome is referred');
      if (!v.reason) issue('reason', 'required when outcome is referred');
      if (v.promotionId) issue('promotionId', 'not allowed when outcome is referred');
    } else {
      if (!v.promotionId) issue('promotionId', `required when outcome is ${v.outcome}`);
      if (v.partnerId) issue('partnerId', 'only when outcome is referred');
      if (v.reason) issue('reason', 'only when outcome is referred');
    }
    if (v.override && v.outcome !== 'admitted') issue('override', 'only when outcome is admitted');
  });
export type DecisionRequest = z.infer<typeof DecisionRequest>;
