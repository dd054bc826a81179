import { z } from 'zod';
import { listQuery } from '@binome/http-server';
import { Id, Territory } from '../../catalogue/catalogue.request';

export const ListSessionsQuery = listQuery(['startsAt', 'closesAt', 'workshopId'], Id, {
  territoryId: Territory.optional(),
  workshopId: Id.optional(),
  promotionId: Id.optional(),
  facilitatorId: Id.optional(),
  personId: Id.optional().describe('sessions where the person holds or held a place (staff)'),
  atRisk: z.enum(['true', 'false']).optional().describe('sessions without a facilitator'),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  mine: z.enum(['true']).optional().describe('a Koach: the sessions they facilitate'),
});
export type ListSessionsQuery = z.infer<typeof ListSessionsQuery>;
