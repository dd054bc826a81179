import { selfEmail, TERRITORY_REACHES, type Permission, type Principal, type ScopeRule } from '@binome/auth';
import { allTerritories, tenantFilter, type TenantScope, type Filter } from '@binome/persistence';

/** One rule the principal holds, turned into a tenant scope and a filter. */
export interface ReachPart<T> {
  rule: ScopeRule;
  scope: TenantScope;
  filter: Filter<T>;
}

/**
 * How far a request reaches into a collection, from the matrix decision `authorize` left in
 * `res.locals.permission`: the **union** of every rule the principal holds that the collection
 * serves (a Konnecteur who is also a volunteer reaches their own enrolment *and* their pairs'
 * people). `scope` and `filter` are what the repository applies (the tenant guard still sees
 * `territoryId`); `parts` keep each rule apart, so that a handler can tell through which rule a
 * record was reached and shape its view accordingly; `rule` is the broadest of them.
 * `undefined`: nothing is visible, so lists are empty and a record is 404, as for a record of
 * another territory.
 */
export interface Reach<T> {
  scope: TenantScope;
  filter: Filter<T>;
  rule: ScopeRule;
  parts: ReachPart<T>[];
}

/** How each rule the collection serves becomes a reach (a rule left out reaches nothing here). */
export type ReachRules<T> = Partial<Record<ScopeRule, (p: Principal) => Omit<ReachPart<T>, 'rule'> | undefined>>;

const sameScope = (a: TenantScope, b: TenantScope): boolean =>
  a.kind === 'all'
    ? b.kind === 'all'
    : b.kind === 'some' && a.territories.length === b.territories.length && a.territories.every((t) => b.territories.includes(t));

const isEmpty = (filter: object): boolean => Object.keys(filter).length === 0;

/**
 * The union (OR) of reach parts, as one scope and one filter. Parts of the same tenant scope are
 * OR-ed within it (an unfiltered part, a territory rule, swallows the others); parts of different
 * scopes (a company's records in every territory, a person's own in their realm's) become
 * `$or` branches that each carry their own territory condition, under an explicit all-territories
 * scope. Always combined by the repositories with `$and` to the request's own filters.
 */
export function unionOf<T>(parts: ReachPart<T>[]): Reach<T> | undefined {
  if (parts.length === 0) return undefined;
  const [first] = parts;
  const rule = first.rule;
  if (parts.every((p) => sameScope(p.scope, first.scope))) {
    const filter = parts.some((p) => isEmpty(p.filter))
      ? {}
      : parts.length === 1
        ? first.filter
        : ({ $or: parts.map((p) => p.filter) } as Filter<T>);
    return { scope: first.scope, filter, rule, parts };
  }
  const branches = parts.map((p) => (isEmpty(p.filter) ? tenantFilter(p.scope) : { $and: [tenantFilter(p.scope), p.filter] }));
  return { scope: allTerritories, filter: { $or: branches } as Filter<T>, rule, parts };
}

/**
 * The reach of every rule the principal holds that this collection serves, OR-ed. Territory rules
 * are the principal's realm-bounded scope, unfiltered; the narrower ones come from `rules`.
 */
export function reachOf<T>(principal: Principal, permission: Permission, rules: ReachRules<T> = {}): Reach<T> | undefined {
  return unionOf(partsOf(principal, permission, rules));
}

/** Each rule held, as a reach part (in the permission's order: broadest first). */
export function partsOf<T>(principal: Principal, permission: Permission, rules: ReachRules<T> = {}): ReachPart<T>[] {
  const parts: ReachPart<T>[] = [];
  for (const rule of permission.scopes) {
    if (TERRITORY_REACHES.includes(rule)) {
      // Both territory rules are the principal's realm-bounded scope: one part is enough.
      if (!parts.some((p) => TERRITORY_REACHES.includes(p.rule))) parts.push({ rule, scope: principal.scope, filter: {} });
      continue;
    }
    const r = rules[rule]?.(principal);
    if (r) parts.push({ ...r, rule });
  }
  return parts;
}

const scopeHolds = (scope: TenantScope, territoryIds: string | readonly string[]): boolean => {
  if (scope.kind === 'all') return true;
  const ids = typeof territoryIds === 'string' ? [territoryIds] : territoryIds;
  return ids.some((t) => scope.territories.includes(t));
};

/** Does a territory rule of the reach cover a record of these territories (staff see it whole)? */
export const staffReaches = (
  reach: { parts: readonly Pick<ReachPart<unknown>, 'rule' | 'scope'>[] } | undefined,
  territoryIds: string | readonly string[],
): boolean => !!reach?.parts.some((p) => TERRITORY_REACHES.includes(p.rule) && scopeHolds(p.scope, territoryIds));

/**
 * May the reach filter and sort a list on any field? Only when some part serves full records
 * (`fullRules`: the territory rules, by default). A self or pair view would otherwise leak the
 * fields it hides through filters (`?partner=…`, `?status=…`) or sort order: such lists take paging
 * only (they hold a handful of records).
 */
export const mayQueryAllFields = (
  reach: { parts: readonly Pick<ReachPart<unknown>, 'rule'>[] },
  fullRules: readonly ScopeRule[] = TERRITORY_REACHES,
): boolean => reach.parts.some((p) => fullRules.includes(p.rule));

/** Only the paging of a list query (no filters, no sort). */
export const pagingOnly = <Q extends { page?: number; perPage?: number; _start?: number; _end?: number }>(q: Q) => ({
  page: q.page,
  perPage: q.perPage,
  _start: q._start,
  _end: q._end,
});

/** Does the part reach a record of these territories (its territory condition; its filter is the caller's to test)? */
export const partScopeHolds = (part: ReachPart<unknown>, territoryIds: string | readonly string[]): boolean =>
  scopeHolds(part.scope, territoryIds);

/**
 * `self`: the records whose email is the principal's verified email, in the principal's territory
 * (a territory realm's account only; a person is linked to nothing without a verified email).
 */
export function selfByEmail<T>(path: string, alsoUserId?: string) {
  return (p: Principal): Omit<ReachPart<T>, 'rule'> | undefined => {
    const email = selfEmail(p);
    if (!email && !alsoUserId) return undefined;
    const byEmail = email ? [{ [path]: email }] : [];
    const byUser = alsoUserId && p.subject ? [{ [alsoUserId]: p.subject }] : [];
    if (byEmail.length + byUser.length === 0) return undefined;
    return { scope: p.scope, filter: { $or: [...byEmail, ...byUser] } as Filter<T> };
  };
}

/** Is the record the principal's own (the in-memory twin of `selfByEmail`)? */
export function isSelf(
  p: Principal,
  record: { contact?: { email?: string }; userId?: string; territoryId: string | readonly string[] },
): boolean {
  if (!scopeHolds(p.scope, record.territoryId)) return false;
  const email = selfEmail(p);
  return (!!email && record.contact?.email === email) || (!!p.subject && !!record.userId && record.userId === p.subject);
}

/** `own-company`: records of the principal's company, in every territory it serves. */
export function ownCompany<T>(path: string) {
  return (p: Principal): Omit<ReachPart<T>, 'rule'> | undefined =>
    p.companyId ? { scope: allTerritories, filter: { [path]: p.companyId } as Filter<T> } : undefined;
}
