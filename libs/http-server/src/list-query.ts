import './zod-openapi';
import { z } from 'zod';

/**
 * Paging, sorting, getMany and search for the react-admin console, shared by every list of every
 * service. Accepts both the project's own parameters (`page`, `perPage`, `sort`, `order=ASC|DESC`)
 * and ra-data-json-server's (`_start`, `_end`, `_sort`, `_order`, `id=a&id=b`); `id` sorts by
 * `_id`. The result is a skip/limit and a mongo sort; the total goes to `X-Total-Count` (the route
 * helper sets it for `list: true` routes).
 */
export const ORDER = z.enum(['ASC', 'DESC']);
export const MAX_PAGE_ROWS = 100;

/** `id` is always sortable: react-admin's default sort is `_sort=id`. */
export function pagingShape<S extends string>(sortable: readonly [S, ...S[]]) {
  const fields = [...new Set<S | 'id'>([...sortable, 'id'])] as [S | 'id', ...(S | 'id')[]];
  return {
    page: z.coerce.number().int().min(1).max(10_000).optional(),
    perPage: z.coerce.number().int().min(1).max(MAX_PAGE_ROWS).optional(),
    sort: z.enum(fields).optional(),
    order: ORDER.optional(),
    // Documented by hand: a coerced number accepting 0 would otherwise read as nullable (Number(null) is 0).
    _start: z.coerce.number().int().min(0).max(1_000_000).optional().openapi({ type: 'integer', minimum: 0, maximum: 1_000_000 }),
    _end: z.coerce.number().int().min(1).max(1_000_100).optional(),
    _sort: z.enum(fields).optional(),
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
    else if (end - start > MAX_PAGE_ROWS)
      ctx.addIssue({ code: 'custom', path: ['_end'], message: `at most ${MAX_PAGE_ROWS} rows per page` });
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
export const oneOrMany = <T extends z.ZodTypeAny>(item: T, max = 20) =>
  z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(item).max(max));

/** react-admin's getMany (`?id=a&id=b`): at most one page of ids. */
export const idsShape = <T extends z.ZodTypeAny>(item: T) => ({ id: oneOrMany(item, MAX_PAGE_ROWS).optional() });

/** The console's search box (`q`). */
export const searchShape = { q: z.string().trim().min(1).max(100).optional() };

/** Every list's query shape: paging and sorting on `sortable`, getMany ids of type `id`. Lists with a natural text add `searchShape`. */
export function listShape<S extends string, I extends z.ZodTypeAny>(sortable: readonly [S, ...S[]], id: I) {
  return { ...pagingShape(sortable), ...idsShape(id) };
}

/** A list schema from its filters: strict (unknown parameters are 400) and window-checked. */
export function listQuery<S extends string, I extends z.ZodTypeAny, F extends z.ZodRawShape>(
  sortable: readonly [S, ...S[]],
  id: I,
  filters: F,
) {
  return z
    .object({ ...listShape(sortable, id), ...filters })
    .strict()
    .superRefine(checkWindow);
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `q` as a case-insensitive prefix of any of a few fields (names, company names). The text is
 * escaped, never used as a regular expression, and anchored so an index on the field can serve it.
 */
export function prefixSearch(q: string | undefined, fields: readonly string[]): Record<string, unknown> {
  if (!q) return {};
  const pattern = `^${escapeRegex(q)}`;
  return { $or: fields.map((f) => ({ [f]: { $regex: pattern, $options: 'i' } })) };
}

/** getMany: the listed ids only. */
export function idsFilter(ids: readonly unknown[] | undefined): Record<string, unknown> {
  return ids?.length ? { _id: { $in: ids } } : {};
}

/** What a `list: true` route returns: one page and the total of the whole selection. */
export interface ListResult<T> {
  items: T[];
  total: number;
}
