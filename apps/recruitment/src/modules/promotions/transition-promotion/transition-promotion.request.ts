import { z } from 'zod';
import { PROMOTION_STATUSES } from '../promotion.entity';

export const TransitionPromotionRequest = z.object({ to: z.enum(PROMOTION_STATUSES) }).strict();
export type TransitionPromotionRequest = z.infer<typeof TransitionPromotionRequest>;
