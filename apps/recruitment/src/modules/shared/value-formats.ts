import { z } from 'zod';

// Paging, sorting and getMany for every list are in `@binome/http-server` (list-query.ts); these
// are recruitment's own value formats.
export const SLUG = /^[a-z0-9][a-z0-9-]{1,63}$/;
export const slug = z.string().regex(SLUG, 'expected a lower-case slug such as "cirefe" (a-z, 0-9, -)');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a calendar date',
  );
export const text = (max: number) => z.string().trim().min(1).max(max);
