import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { Day, Id } from '../surveys/surveys.request';
import { INSERTION_CATEGORIES, OUTCOME_KINDS } from './outcome-typology';

export const RecordOutcomeBody = z
  .object({
    pairId: Id,
    kind: z.enum(OUTCOME_KINDS),
    startedOn: Day,
    /** What proves it (contract, certificate…); stays in impact, removed on erasure. */
    evidence: z.string().trim().min(1).max(500).optional(),
  })
  .strict();

export const OutcomeView = apiSchema(
  'Outcome',
  z.object({
    id: z.string(),
    territoryId: z.string(),
    promotionId: z.string(),
    pairId: z.string(),
    beneficiaryId: z.string(),
    kind: z.enum(OUTCOME_KINDS),
    insertionCategory: z.enum(INSERTION_CATEGORIES),
    programmePositiveExit: z.boolean(),
    startedOn: z.string(),
    evidence: z.string().optional(),
    evidenceProvided: z.boolean(),
    recordedAt: z.string().datetime(),
  }),
);
