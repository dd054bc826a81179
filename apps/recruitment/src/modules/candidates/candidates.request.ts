import { z } from 'zod';

/** Shared pieces of the intake request schemas. */
export const CandidateIdParams = z.object({ id: z.string().uuid() }).strict();
export type CandidateIdParams = z.infer<typeof CandidateIdParams>;
export const notes = z.string().trim().min(1).max(2000);
/** Staff subjects (Keycloak ids) and similar opaque ids. */
export const staffId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'expected a staff member id');
