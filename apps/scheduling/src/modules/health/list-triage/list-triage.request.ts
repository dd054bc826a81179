import { z } from 'zod';

export const TriageQuery = z.object({
  territoryId: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  konnecteurId: z.string().trim().min(1).max(100).optional().describe('only the pairs this Konnecteur follows'),
});
