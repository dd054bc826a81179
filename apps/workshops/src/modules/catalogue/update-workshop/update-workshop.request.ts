import { z } from 'zod';
import { WorkshopFields } from '../workshop.request';

/** The changed fields only (react-admin sends PUT with them too). */
export const UpdateWorkshopBody = z
  .object({
    title: WorkshopFields.title.optional(),
    objectives: WorkshopFields.objectives.optional(),
    needs: WorkshopFields.needs.optional(),
    competencies: WorkshopFields.competencies.optional(),
    durationMinutes: WorkshopFields.durationMinutes.optional(),
    format: WorkshopFields.format.optional(),
    language: WorkshopFields.language.optional(),
    offeredByPartners: WorkshopFields.offeredByPartners.optional(),
    invitesVolunteers: WorkshopFields.invitesVolunteers.optional(),
    active: WorkshopFields.active.optional(),
  })
  .strict();
export type UpdateWorkshopBody = z.infer<typeof UpdateWorkshopBody>;
