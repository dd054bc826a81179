import type { z } from 'zod';
import { createOrganisationRequest } from '../create-partner-organisation/create-partner-organisation.request';

export function updateOrganisationRequest(territories: readonly string[]) {
  return createOrganisationRequest(territories)
    .omit({ id: true })
    .partial()
    .strict()
    .refine((v) => Object.keys(v).length > 0, 'nothing to update');
}
export type UpdateOrganisationRequest = z.infer<ReturnType<typeof updateOrganisationRequest>>;
