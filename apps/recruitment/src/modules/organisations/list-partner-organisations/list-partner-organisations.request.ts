import { z } from 'zod';
import { checkWindow, idsShape, pagingShape } from '@binome/http-server';
import { slug } from '../../shared/value-formats';
import { booleanQuery, territoryQuery } from '../organisations.request';
import { ORGANISATION_KINDS } from '../partner-organisation.entity';

export const ORGANISATION_SORTS = ['id', 'name', 'kind', 'createdAt', 'updatedAt'] as const;
export const ListOrganisationsQuery = z
  .object({
    territoryId: territoryQuery.optional(),
    kind: z.enum(ORGANISATION_KINDS).optional(),
    refersIn: booleanQuery.optional(),
    receivesReferrals: booleanQuery.optional(),
    active: booleanQuery.optional(),
    q: z.string().trim().min(1).max(80).optional(),
    ...pagingShape(ORGANISATION_SORTS),
    ...idsShape(slug),
  })
  .strict()
  .superRefine(checkWindow);
export type ListOrganisationsQuery = z.infer<typeof ListOrganisationsQuery>;
