import { z } from 'zod';

/** "Did it take place?": each side answers once; the Konnecteur or staff may settle a disagreement. */
export const AttendanceBody = z.object({ tookPlace: z.boolean() }).strict();
