import { z } from 'zod';
import { Territory } from '../catalogue.request';
import { WorkshopFields } from '../workshop.request';

export const CreateWorkshopBody = z
  .object({
    territoryId: Territory,
    slug: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'lower-case letters, digits and -'),
    title: WorkshopFields.title,
    objectives: WorkshopFields.objectives,
    needs: WorkshopFields.needs,
    competencies: WorkshopFields.competencies,
    durationMinutes: WorkshopFields.durationMinutes,
    format: WorkshopFields.format,
    language: WorkshopFields.language.default('fr'),
    offeredByPartners: WorkshopFields.offeredByPartners.default([]),
    invitesVolunteers: WorkshopFields.invitesVolunteers.default(false),
  })
  .strict();
export type CreateWorkshopBody = z.infer<typeof CreateWorkshopBody>;
