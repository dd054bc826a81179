import { z } from 'zod';

export const CheckInBody = z.object({ code: z.string().regex(/^\d{6}$/, 'the 6 digits shown in the room') }).strict();
export type CheckInBody = z.infer<typeof CheckInBody>;
