import { z } from 'zod';

/** Shared pieces of the promotions' request schemas. */
export const PromotionIdParams = z.object({ id: z.string().uuid() });
