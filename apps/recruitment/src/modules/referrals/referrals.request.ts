import { z } from 'zod';

/** Shared pieces of the referrals' request schemas. */
export const ReferralIdParams = z.object({ id: z.string().uuid() }).strict();
export type ReferralIdParams = z.infer<typeof ReferralIdParams>;
