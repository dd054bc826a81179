import { z } from 'zod';
import { described } from '@binome/http-server';

/** Shared pieces of the imports' requests. */

/** The file: UTF-8 text/csv up to 2 MB (413 beyond; the shared app parses JSON only). */
export const CsvFile = described(z.string(), 'UTF-8, première ligne : en-têtes / first line: headers');

export function importQuery(territories: readonly string[]) {
  return z
    .object({
      territoryId: z.enum(territories as [string, ...string[]]),
      dryRun: z
        .enum(['true', 'false'])
        .transform((v) => v === 'true')
        .default('false'),
    })
    .strict();
}

export const IMPORT_RESPONSES = {
  200: { description: 'Validé (dryRun) ou déjà présent / validated (dryRun) or already present' },
  201: { description: 'Lignes créées / rows created' },
};
