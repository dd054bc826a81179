import { z } from 'zod';
import { PARTNER_ID } from '../referral.entity';

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
