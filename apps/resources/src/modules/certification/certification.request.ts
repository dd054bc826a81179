import { z } from 'zod';

export const BadgeParams = z.object({ id: z.string().uuid() });
