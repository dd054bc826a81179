import { z } from 'zod';
import { checkWindow, idsShape, pagingShape, searchShape } from '@binome/http-server';
import { volunteerFilterShape } from '../volunteers.request';

export const VOLUNTEER_SORTS = ['id', 'createdAt', 'updatedAt', 'status', 'sector', 'companyId', 'lastName', 'jobTitle'] as const;
export const ListVolunteersQuery = z
  .object({ ...volunteerFilterShape, ...pagingShape(VOLUNTEER_SORTS), ...idsShape(z.string().uuid()), ...searchShape })
  .strict()
  .superRefine(checkWindow);
export type ListVolunteersQuery = z.infer<typeof ListVolunteersQuery>;
export const VOLUNTEER_SORT_PATHS = { lastName: 'identity.lastName' };
