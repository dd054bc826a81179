import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { PROMOTION_STATUSES } from './promotion.entity';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A promotion as the API sends it (dates of the calendar as YYYY-MM-DD); for the OpenAPI document, checked against real responses. */
export const PromotionView = apiSchema(
  'Promotion',
  z
    .object({
      id: z.string().uuid(),
      _id: z.string().uuid(),
      territoryId: z.string(),
      name: z.string(),
      startsOn: isoDay,
      endsOn: isoDay,
      capacity: z.number().int(),
      status: z.enum(PROMOTION_STATUSES),
      kickoffOn: isoDay.optional(),
      rexEveningOn: isoDay.optional(),
      history: z.array(z.object({ status: z.enum(PROMOTION_STATUSES), at: z.string().datetime(), by: z.string() }).strict()),
      /** Candidates holding a seat. */
      seats: z.array(z.string()).optional(),
      createdAt: z.string().datetime(),
    })
    .strict(),
);
