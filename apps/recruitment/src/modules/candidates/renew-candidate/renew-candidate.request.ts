import { z } from 'zod';

/** A programme lasts six months and can be renewed once, into a later promotion. */
export const RenewalRequest = z.object({ promotionId: z.string().uuid() }).strict();
export type RenewalRequest = z.infer<typeof RenewalRequest>;
