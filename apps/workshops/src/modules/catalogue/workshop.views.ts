import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { COMPETENCIES, FORMATS, WORKSHOP_NEEDS, type Workshop } from './workshop.entity';

export const WorkshopViewSchema = apiSchema(
  'Workshop',
  z.object({
    id: z.string(),
    territoryId: z.string(),
    slug: z.string(),
    title: z.string(),
    objectives: z.array(z.string()),
    needs: z.array(z.enum(WORKSHOP_NEEDS)).describe('the intake needs it answers'),
    competencies: z.array(z.enum(COMPETENCIES)),
    durationMinutes: z.number().int(),
    format: z.enum(FORMATS),
    language: z.string(),
    offeredByPartners: z.array(z.string()).describe('partners who already offer it in this territory'),
    invitesVolunteers: z.boolean(),
    active: z.boolean(),
  }),
);
export type WorkshopView = z.infer<typeof WorkshopViewSchema>;

/** The catalogue is programme information: every reach sees it whole. */
export const workshopView = (w: Workshop): WorkshopView => ({
  id: w._id,
  territoryId: w.territoryId,
  slug: w.slug,
  title: w.title,
  objectives: w.objectives,
  needs: w.needs,
  competencies: w.competencies,
  durationMinutes: w.durationMinutes,
  format: w.format,
  language: w.language,
  offeredByPartners: w.offeredByPartners,
  invitesVolunteers: w.invitesVolunteers,
  active: w.active,
});
