import type { z } from 'zod';
import { createCompanyRequest } from '../create-partner-company/create-partner-company.request';

export function updateCompanyRequest(territories: readonly string[]) {
  return createCompanyRequest(territories)
    .omit({ id: true })
    .partial()
    .strict()
    .refine((v) => Object.keys(v).length > 0, 'nothing to update');
}
export type UpdateCompanyRequest = z.infer<ReturnType<typeof updateCompanyRequest>>;
