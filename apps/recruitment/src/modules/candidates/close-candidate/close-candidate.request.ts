import { z } from 'zod';
import { CLOSE_REASONS } from '../candidate.entity';
import { notes } from '../candidates.request';

/** Ends an intake or a programme (withdrawal). The reason is a code; details go in notes. */
export const CloseRequest = z.object({ reason: z.enum(CLOSE_REASONS), notes: notes.optional() }).strict();
export type CloseRequest = z.infer<typeof CloseRequest>;
