import { z } from 'zod';
import { apiSchema } from '@binome/http-server';

export const CountApplicationsParams = z.object({ territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/) });

/** The count as the API sends it. */
export const ApplicationCountView = apiSchema(
  'ApplicationCount',
  z.object({ territoryId: z.string(), count: z.number().int(), lastAppliedAt: z.string().datetime().optional() }),
);
