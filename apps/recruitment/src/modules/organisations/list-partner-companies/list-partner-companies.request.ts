import { z } from 'zod';
import { checkWindow, idsShape, pagingShape } from '@binome/http-server';
import { slug } from '../../shared/value-formats';
import { booleanQuery, territoryQuery } from '../organisations.request';

export const COMPANY_SORTS = ['id', 'name', 'createdAt', 'updatedAt', 'expectedVolunteersPerPromotion'] as const;
export const ListCompaniesQuery = z
  .object({
    territoryId: territoryQuery.optional(),
    sector: z.string().trim().min(1).max(100).optional(),
    active: booleanQuery.optional(),
    q: z.string().trim().min(1).max(80).optional(),
    ...pagingShape(COMPANY_SORTS),
    ...idsShape(slug),
  })
  .strict()
  .superRefine(checkWindow);
export type ListCompaniesQuery = z.infer<typeof ListCompaniesQuery>;
