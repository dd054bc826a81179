import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import type { AbsenceAlert } from './absence-alert';
import { isActive } from './absence-alert';
import type { Assiduity } from './assiduity';

export const AssiduitySchema = apiSchema(
  'Assiduity',
  z.object({
    sessions: z.number().int().describe('past sessions with a seat'),
    present: z.number().int(),
    late: z.number().int(),
    excused: z.number().int(),
    absent: z.number().int(),
    unrecorded: z.number().int(),
    rate: z.number().nullable().describe('(present + late) / (present + late + absent); excused absences do not count'),
  }),
);

export const PersonAssiduitySchema = apiSchema(
  'PersonAssiduity',
  z.object({
    personId: z.string(),
    territoryId: z.string(),
    assiduity: AssiduitySchema,
    alert: z
      .object({ raisedAt: z.string().datetime(), expiresAt: z.string().datetime(), unexcusedAbsences: z.number().int() })
      .nullable()
      .describe('repeated unexcused absences; the flag expires'),
  }),
);

export const personAssiduityView = (territoryId: string, personId: string, a: Assiduity, alert: AbsenceAlert | null, now: Date) => ({
  personId,
  territoryId,
  assiduity: a,
  alert:
    alert && isActive(alert, now)
      ? { raisedAt: alert.raisedAt.toISOString(), expiresAt: alert.expiresAt.toISOString(), unexcusedAbsences: alert.unexcusedAbsences }
      : null,
});
