import { z } from 'zod';
import { Id, Territory } from '../../catalogue/catalogue.request';
import { FACILITATOR_KINDS } from '../facilitator.entity';
import { Availability } from '../facilitators.request';

export const DeclareFacilitatorBody = z
  .object({
    territoryId: Territory,
    kind: z.enum(FACILITATOR_KINDS),
    email: z.string().trim().toLowerCase().email().max(200),
    referentId: Id.optional(),
    availability: Availability.default([]),
  })
  .strict();
export type DeclareFacilitatorBody = z.infer<typeof DeclareFacilitatorBody>;
