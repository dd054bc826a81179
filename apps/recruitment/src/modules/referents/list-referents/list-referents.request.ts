import { z } from 'zod';
import { checkWindow, idsShape, pagingShape } from '@binome/http-server';
import { TOPICS } from '../referents.request';

export const ListReferentsQuery = z
  .object({
    territoryId: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .optional(),
    active: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    topic: z.enum(TOPICS).optional(),
    q: z.string().trim().min(1).max(50).optional(),
    ...pagingShape(['id', 'lastName', 'createdAt']),
    ...idsShape(z.string().uuid()),
  })
  .strict()
  .superRefine(checkWindow);
export type ListReferentsQuery = z.infer<typeof ListReferentsQuery>;
