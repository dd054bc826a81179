import { z } from 'zod';

/** One answer (an option's index) per question, in the module's order. */
export const SubmitQuizBody = z.object({ answers: z.array(z.number().int().min(0).max(5)).min(1).max(30) }).strict();
export type SubmitQuizBody = z.infer<typeof SubmitQuizBody>;
