import { z } from 'zod';
import { identityText } from '@binome/http-server';
import { CEFR_LEVELS, GENDERS, LANGUAGE_LEVELS, TRADE_CODE, WEEKLY_SLOTS, WORKSHOP_NEEDS } from '../candidates/candidate.entity';
import { isoDate, slug, text } from '../shared/value-formats';
import { MAX_CAPACITY, MAX_COMMITMENT_DAYS, VOLUNTEER_STATUSES } from './volunteer.entity';

/** Shared pieces of the volunteers' request schemas. */

const distinct = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((a) => new Set(a).size === a.length, 'values must be distinct');

/** The profile a volunteer gives at enrolment and may change later. */
export const profileShape = {
  phone: z
    .string()
    .regex(/^\+?[0-9 ().-]{6,20}$/, 'expected a phone number')
    .optional(),
  jobTitle: identityText(120),
  sector: text(100),
  trade: z.string().regex(TRADE_CODE, 'expected a ROME-like trade code such as M1607').optional(),
  workplace: z.object({ address: identityText(300), town: identityText(100) }).strict(),
  languages: z
    .array(z.object({ language: z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code'), level: z.enum(LANGUAGE_LEVELS) }).strict())
    .max(10)
    .default([]),
  availability: distinct(z.enum(WEEKLY_SLOTS), WEEKLY_SLOTS.length).default([]),
  preferences: z
    .object({ gender: z.enum(GENDERS).optional(), sectors: z.array(text(100)).max(10).default([]) })
    .strict()
    .default({}),
  strengths: distinct(z.enum(WORKSHOP_NEEDS), WORKSHOP_NEEDS.length).default([]),
  gender: z.enum(GENDERS).optional(),
  minFrenchLevel: z.enum(CEFR_LEVELS).optional(),
  capacity: z.number().int().min(1).max(MAX_CAPACITY).default(1),
  awarenessSession: z.object({ date: isoDate, companyId: slug.optional() }).strict().optional(),
  trainingDayOn: isoDate.optional(),
  commitment: z
    .object({
      accepted: z.literal(true, { errorMap: () => ({ message: 'the volunteer must accept the commitment to enrol' }) }),
      plannedDays: z
        .number()
        .positive()
        .max(MAX_COMMITMENT_DAYS, { message: `the commitment is at most ${MAX_COMMITMENT_DAYS} days over the six months` })
        .multipleOf(0.5, 'planned days are counted in half-days'),
    })
    .strict(),
};

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** The list's filters (the CSV export takes them too). */
export const volunteerFilterShape = {
  territoryId: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  promotionId: z.string().uuid().optional(),
  status: z.enum(VOLUNTEER_STATUSES).optional(),
  sector: z.string().trim().min(1).max(100).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code')
    .optional(),
  companyId: slug.optional(),
  trained: booleanQuery.optional(),
};

export const VolunteerIdParams = z.object({ id: z.string().uuid() });
