import { z } from 'zod';
import { identityText, listQuery } from '@binome/http-server';
import { WEEKLY_SLOTS } from '../candidates/candidate.entity';
import { INTEREST_STATUSES } from './volunteer-interest.entity';

/** What the volunteers' page asks: who, where to call back, the company, the consent. */
export function expressInterestRequest(territories: readonly string[]) {
  return z
    .object({
      territoryId: z.enum(territories as [string, ...string[]]),
      firstName: identityText(100),
      lastName: identityText(100),
      email: z.string().trim().toLowerCase().email().max(200),
      phone: z
        .string()
        .regex(/^\+?[0-9 ().-]{6,20}$/, 'expected a phone number')
        .optional(),
      companyName: identityText(120),
      jobTitle: identityText(120).optional(),
      availability: z
        .array(z.enum(WEEKLY_SLOTS))
        .max(WEEKLY_SLOTS.length)
        .refine((a) => new Set(a).size === a.length, 'values must be distinct')
        .default([]),
      message: z.string().trim().max(1000).optional(),
      consent: z
        .object({
          dataProcessing: z.literal(true, {
            errorMap: () => ({ message: 'consent to data processing is required to be called back' }),
          }),
          noticeVersion: z.string().regex(/^\d{4}-\d{2}$/, 'expected the notice version, e.g. 2026-01'),
        })
        .strict(),
    })
    .strict();
}
export type ExpressInterestRequest = z.infer<ReturnType<typeof expressInterestRequest>>;

export const InterestIdParams = z.object({ id: z.string().uuid() }).strict();

export const ListInterestsQuery = listQuery(['createdAt'], z.string().uuid(), {
  territoryId: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  status: z.enum(INTEREST_STATUSES).optional(),
});
export type ListInterestsQuery = z.infer<typeof ListInterestsQuery>;

export const DecideInterestRequest = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('enrolled'), volunteerId: z.string().uuid() }).strict(),
  z.object({ outcome: z.literal('declined') }).strict(),
]);
export type DecideInterestRequest = z.infer<typeof DecideInterestRequest>;
