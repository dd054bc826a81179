import { z } from 'zod';
import { profileShape } from '../volunteers.request';

/** Profile changes; identity, territory, promotion and company are not changed here. */
export const UpdateVolunteerRequest = z
  .object(profileShape)
  .partial()
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'nothing to update');
export type UpdateVolunteerRequest = z.infer<typeof UpdateVolunteerRequest>;
