import { z } from 'zod';
import { listQuery } from '@binome/http-server';
import { Id, TerritoryId } from '../../library/library.request';
import { LEARNER_KINDS } from '../training-module.entity';

export const ListTrainingModulesQuery = listQuery(['title', 'updatedAt'], Id, {
  audience: z.enum(LEARNER_KINDS).optional(),
  territoryId: TerritoryId.optional(),
  mandatory: z.enum(['true', 'false']).optional(),
});
export type ListTrainingModulesQuery = z.infer<typeof ListTrainingModulesQuery>;
