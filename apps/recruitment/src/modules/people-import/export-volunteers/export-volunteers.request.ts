import { z } from 'zod';
import { volunteerFilterShape } from '../../volunteers/volunteers.request';

/** The volunteers list's filters, without paging. */
export const ExportVolunteersQuery = z.object(volunteerFilterShape).strict();
export type ExportVolunteersQuery = z.infer<typeof ExportVolunteersQuery>;
