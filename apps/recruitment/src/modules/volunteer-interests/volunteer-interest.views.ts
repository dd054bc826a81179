import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { INTEREST_STATUSES, type VolunteerInterest } from './volunteer-interest.entity';

const stamp = z.string().datetime();
export const VolunteerInterestView = apiSchema(
  'VolunteerInterest',
  z
    .object({
      id: z.string().uuid(),
      territoryId: z.string(),
      status: z.enum(INTEREST_STATUSES),
      person: z
        .object({
          firstName: z.string(),
          lastName: z.string(),
          email: z.string(),
          phone: z.string().optional(),
          companyName: z.string(),
          jobTitle: z.string().optional(),
          availability: z.array(z.string()),
          message: z.string().optional(),
        })
        .strict()
        .optional(),
      consent: z.object({ dataProcessing: z.object({ given: z.literal(true), at: stamp, noticeVersion: z.string() }).strict() }).strict(),
      decision: z
        .object({ outcome: z.enum(['enrolled', 'declined']), at: stamp, by: z.string(), volunteerId: z.string().optional() })
        .strict()
        .optional(),
      createdAt: stamp,
      updatedAt: stamp,
    })
    .strict(),
);

export const volunteerInterestView = (i: VolunteerInterest) => ({
  id: i._id,
  territoryId: i.territoryId,
  status: i.status,
  ...(i.person ? { person: i.person } : {}),
  consent: i.consent,
  ...(i.decision ? { decision: i.decision } : {}),
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
});
