import { z } from 'zod';

/**
 * Paging and sorting for the react-admin console. Accepts both the project's own parameters
 * (`page`, `perPage`, `sort`, `order=ASC|DESC`) and ra-data-simple-rest's (`_start`, `_end`,
 * `_sort`, `_order`); `id` sorts by `_id`. The result is a skip/limit and a mongo sort.
 */
export const ORDER = z.enum(['ASC', 'DESC']);

export function pagingShape<S extends string>(sortable: readonly [S, ...S[]]) {
  return {
    page: z.coerce.number().int().min(1).max(10_000).optional(),
    perPage: z.coerce.number().int().min(1).max(100).optional(),
    sort: z.enum(sortable).optional(),
    order: ORDER.optional(),
    _start: z.coerce.number().int().min(0).max(1_000_000).optional(),
    _end: z.coerce.number().int().min(1).max(1_000_100).optional(),
    _sort: z.enum(sortable).optional(),
    _order: ORDER.optional(),
  };
}

export interface PagingInput {
  page?: number;
  perPage?: number;
  sort?: string;
  order?: 'ASC' | 'DESC';
  _start?: number;
  _end?: number;
  _sort?: string;
  _order?: 'ASC' | 'DESC';
}

/** Refinement shared by every list schema: a react-admin window is at most 100 rows. */
export function checkWindow(v: PagingInput, ctx: z.RefinementCtx): void {
  if (v._start !== undefined || v._end !== undefined) {
    const start = v._start ?? 0;
    const end = v._end ?? start + 25;
    if (end <= start) ctx.addIssue({ code: 'custom', path: ['_end'], message: '_end must be greater than _start' });
    else if (end - start > 100) ctx.addIssue({ code: 'custom', path: ['_end'], message: 'at most 100 rows per page' });
  }
}

export interface Paging {
  skip: number;
  limit: number;
  sort: Record<string, 1 | -1>;
}

/** Skip, limit and a deterministic sort (ties broken by `_id`). */
export function pagingOf(v: PagingInput, defaultSort: Record<string, 1 | -1>, fieldPaths: Record<string, string> = {}): Paging {
  let skip: number;
  let limit: number;
  if (v._start !== undefined || v._end !== undefined) {
    skip = v._start ?? 0;
    limit = (v._end ?? skip + 25) - skip;
  } else {
    limit = v.perPage ?? 25;
    skip = ((v.page ?? 1) - 1) * limit;
  }
  const field = v.sort ?? v._sort;
  const direction = (v.order ?? v._order) === 'DESC' ? -1 : 1;
  const path = field === undefined ? undefined : field === 'id' ? '_id' : (fieldPaths[field] ?? field);
  const sort: Record<string, 1 | -1> = path ? { [path]: direction } : { ...defaultSort };
  if (!('_id' in sort)) sort._id = 1;
  return { skip, limit, sort };
}

/** Query-string values that may be given once or repeated (`?territoryId=a&territoryId=b`). */
export const oneOrMany = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(item).max(20));

export const SLUG = /^[a-z0-9][a-z0-9-]{1,63}$/;
export const slug = z.string().regex(SLUG, 'expected a lower-case slug such as "cirefe" (a-z, 0-9, -)');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');
export const text = (max: number) => z.string().trim().min(1).max(max);
