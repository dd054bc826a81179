import { z } from 'zod';
import { AUDIENCES, NATIONAL, RESOURCE_TOPICS } from './resource.entity';

export const Id = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id: letters, digits, - and _');
export const ResourceParams = z.object({ id: Id });
export const VersionParams = z.object({ id: Id, version: z.coerce.number().int().min(1).max(10_000) });

export const Language = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code (fr, en, ar, fa, ps, ti, uk…)');
export const TerritoryId = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, `a territory id, or "${NATIONAL}"`);
export const Audiences = z.array(z.enum(AUDIENCES)).min(1).max(AUDIENCES.length);
export const Topics = z.array(z.enum(RESOURCE_TOPICS)).max(RESOURCE_TOPICS.length);
/** Markdown source; rendered and sanitised on write. */
export const Markdown = z.string().min(1).max(60_000);
export const Title = z.string().trim().min(3).max(200);
