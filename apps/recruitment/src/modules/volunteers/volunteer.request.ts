import { z } from 'zod';
import { identityText } from '@binome/http-server';
import { CEFR_LEVELS, GENDERS, LANGUAGE_LEVELS, TRADE_CODE, WEEKLY_SLOTS, WORKSHOP_NEEDS } from '../candidates/candidate.entity';
import { checkWindow, idsShape, pagingShape, searchShape } from '@binome/http-server';
import { isoDate, slug, text } from '../shared/value-formats';
import { MAX_CAPACITY, MAX_COMMITMENT_DAYS, VOLUNTEER_STATUSES, WITHDRAWAL_REASONS } from './volunteer.entity';

const distinct = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((a) => new Set(a).size === a.length, 'values must be distinct');

const profileShape = {
  phone: z.string().regex(/^\+?[0-9 ().-]{6,20}$/, 'expected a phone number').optional(),
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

/** Profile changes; identity, territory, promotion and company are not changed here. */
export const UpdateVolunteerRequest = z
  .object(profileShape)
  .partial()
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'nothing to update');
export type UpdateVolunteerRequest = z.infer<typeof UpdateVolunteerRequest>;

export const VolunteerTransitionRequest = z.discriminatedUnion(
  'to',
  [
    z.object({ to: z.literal('trained'), attendedOn: isoDate }).strict(),
    z.object({ to: z.literal('active') }).strict(),
    z.object({ to: z.literal('withdrawn'), reason: z.enum(WITHDRAWAL_REASONS), notes: text(500).optional() }).strict(),
  ],
  { errorMap: (issue, ctx) => ({ message: issue.code === 'invalid_union_discriminator' ? 'expected one of: trained, active, withdrawn' : ctx.defaultError }) },
);
export type VolunteerTransitionRequest = z.infer<typeof VolunteerTransitionRequest>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const volunteerFilterShape = {
  territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  promotionId: z.string().uuid().optional(),
  status: z.enum(VOLUNTEER_STATUSES).optional(),
  sector: z.string().trim().min(1).max(100).optional(),
  language: z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code').optional(),
  companyId: slug.optional(),
  trained: booleanQuery.optional(),
};

export const VOLUNTEER_SORTS = ['id', 'createdAt', 'updatedAt', 'status', 'sector', 'companyId', 'lastName', 'jobTitle'] as const;
export const ListVolunteersQuery = z
  .object({ ...volunteerFilterShape, ...pagingShape(VOLUNTEER_SORTS), ...idsShape(z.string().uuid()), ...searchShape })
  .strict()
  .superRefine(checkWindow);
export type ListVolunteersQuery = z.infer<typeof ListVolunteersQuery>;
export const VOLUNTEER_SORT_PATHS = { lastName: 'identity.lastName' };

export const ExportVolunteersQuery = z.object(volunteerFilterShape).strict();
export type ExportVolunteersQuery = z.infer<typeof ExportVolunteersQuery>;

export const VolunteerIdParams = z.object({ id: z.string().uuid() });
