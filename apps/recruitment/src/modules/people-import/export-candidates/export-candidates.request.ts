import { z } from 'zod';
import { candidateFilterShape } from '../../candidates/candidate-search';

/** The candidates list's filters, without paging. */
export const ExportCandidatesQuery = z.object(candidateFilterShape).strict();
export type ExportCandidatesQuery = z.infer<typeof ExportCandidatesQuery>;
