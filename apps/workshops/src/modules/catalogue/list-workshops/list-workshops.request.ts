import { z } from 'zod';
import { listQuery, oneOrMany, searchShape } from '@binome/http-server';
import { Id, Territory } from '../catalogue.request';
import { COMPETENCIES, FORMATS, WORKSHOP_NEEDS } from '../workshop.entity';

export const ListWorkshopsQuery = listQuery(['title', 'slug', 'territoryId', 'durationMinutes'], Id, {
  ...searchShape,
  territoryId: Territory.optional(),
  need: oneOrMany(z.enum(WORKSHOP_NEEDS), WORKSHOP_NEEDS.length).optional(),
  competency: z.enum(COMPETENCIES).optional(),
  format: z.enum(FORMATS).optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type ListWorkshopsQuery = z.infer<typeof ListWorkshopsQuery>;
