import { z } from 'zod';

export const Id = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id: letters, digits, - and _');
export const IdParams = z.object({ id: Id });
export const Territory = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'a territory id');
