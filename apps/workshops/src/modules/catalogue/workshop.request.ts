import { z } from 'zod';
import { COMPETENCIES, FORMATS, WORKSHOP_NEEDS } from './workshop.entity';
import { Id } from './catalogue.request';

const uniqueList = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((a) => new Set(a).size === a.length, 'each value at most once');

/** The editable fields of a workshop (creation requires the first five). */
export const WorkshopFields = {
  title: z.string().trim().min(2).max(120),
  objectives: z.array(z.string().trim().min(2).max(200)).min(1).max(10),
  needs: uniqueList(z.enum(WORKSHOP_NEEDS), WORKSHOP_NEEDS.length),
  competencies: uniqueList(z.enum(COMPETENCIES), COMPETENCIES.length).refine((a) => a.length > 0, 'at least one competency'),
  durationMinutes: z.number().int().min(30).max(480),
  format: z.enum(FORMATS),
  language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code'),
  offeredByPartners: uniqueList(Id, 20).describe('partner organisations (slug ids) that already offer it'),
  invitesVolunteers: z.boolean(),
  active: z.boolean(),
};
