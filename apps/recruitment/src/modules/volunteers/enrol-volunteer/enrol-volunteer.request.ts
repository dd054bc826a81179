import { z } from 'zod';
import { identityText } from '@binome/http-server';
import { slug } from '../../shared/value-formats';
import { profileShape } from '../volunteers.request';

/** Enrolment of a partner company's employee in a promotion (also one row of a CSV import). */
export function enrolVolunteerRequest(territories: readonly string[]) {
  return z
    .object({
      territoryId: z.enum(territories as [string, ...string[]]),
      promotionId: z.string().uuid(),
      companyId: slug,
      userId: z.string().trim().min(1).max(100).optional(),
      firstName: identityText(100),
      lastName: identityText(100),
      email: z.string().trim().toLowerCase().email().max(200),
      ...profileShape,
    })
    .strict();
}
export type EnrolVolunteerRequest = z.infer<ReturnType<typeof enrolVolunteerRequest>>;
