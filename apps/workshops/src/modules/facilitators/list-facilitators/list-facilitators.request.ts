import { z } from 'zod';
import { listQuery } from '@binome/http-server';
import { Id } from '../../catalogue/catalogue.request';
import { FACILITATOR_KINDS } from '../facilitator.entity';

export const ListFacilitatorsQuery = listQuery(['email', 'kind', 'createdAt'], Id, { kind: z.enum(FACILITATOR_KINDS).optional() });
export type ListFacilitatorsQuery = z.infer<typeof ListFacilitatorsQuery>;
