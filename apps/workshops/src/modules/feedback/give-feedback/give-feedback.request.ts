import { z } from 'zod';

export const GiveFeedbackBody = z
  .object({
    usefulness: z.number().int().min(1).max(5).describe('1 useless … 5 very useful'),
    // Kept inside workshops (never in events or logs).
    comment: z.string().trim().min(1).max(1000).optional(),
    anonymous: z.boolean().default(false),
  })
  .strict();
export type GiveFeedbackBody = z.infer<typeof GiveFeedbackBody>;
