import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { HEALTH_STATUSES } from './cadence';

export const PairHealthSchema = apiSchema(
  'PairHealth',
  z.object({
    pairId: z.string(),
    territoryId: z.string(),
    status: z.enum(HEALTH_STATUSES),
    reasons: z.array(z.object({ code: z.string(), value: z.number(), text: z.string() })),
    startedOn: z.string().datetime(),
    konnecteurId: z.string().optional(),
  }),
);
