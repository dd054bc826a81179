import { z } from 'zod';

export const RevokeBadgeBody = z.object({ reason: z.enum(['staff', 'error']).default('staff') }).strict();
export type RevokeBadgeBody = z.infer<typeof RevokeBadgeBody>;
