import { z } from 'zod';
import { listQuery, searchShape } from '@binome/http-server';
import { PROMOTION_STATUSES } from '../promotion.entity';

/** Filters, `q` (a prefix of the name), `id` (getMany), react-admin paging and sorting. */
export const ListPromotionsQuery = listQuery(['startsOn', 'name', 'status'], z.string().uuid(), {
  territoryId: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  status: z.enum(PROMOTION_STATUSES).optional(),
  ...searchShape,
});
export type ListPromotionsQuery = z.infer<typeof ListPromotionsQuery>;
