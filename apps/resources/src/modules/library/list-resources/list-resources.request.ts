import { z } from 'zod';
import { listQuery, searchShape } from '@binome/http-server';
import { AUDIENCES, RESOURCE_TOPICS } from '../resource.entity';
import { Id, Language, TerritoryId } from '../library.request';

/** Search by audience, topic, language, territory (or "national"), status, and a title prefix. */
export const ListResourcesQuery = listQuery(['title', 'updatedAt', 'language'], Id, {
  ...searchShape,
  audience: z.enum(AUDIENCES).optional(),
  topic: z.enum(RESOURCE_TOPICS).optional(),
  language: Language.optional(),
  territoryId: TerritoryId.optional(),
  status: z.enum(['draft', 'published']).optional().describe('staff only; audiences see published resources'),
});
export type ListResourcesQuery = z.infer<typeof ListResourcesQuery>;
