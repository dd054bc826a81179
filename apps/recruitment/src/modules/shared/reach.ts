import type { FilterQuery } from 'mongoose';
import { selfEmail, territoryReach, type Permission, type Principal, type ScopeRule } from '@binome/auth';
import { allTerritories, type TenantScope } from '@binome/persistence';

/**
 * How far a request reaches into a collection, from the matrix decision `authorize` left in
 * `res.locals.permission`: the tenant scope (the tenant guard still sees `territoryId`) and a filter
 * that narrows it (`self`, `own-company`, `own-referrals`). `undefined`: nothing is visible, so
 * lists are empty and a record is 404, as for a record of another territory.
 */
export interface Reach<T> {
  scope: TenantScope;
  filter: FilterQuery<T>;
  rule: ScopeRule;
}

/** How each rule the collection serves becomes a reach (a rule left out reaches nothing here). */
export type ReachRules<T> = Partial<Record<ScopeRule, (p: Principal) => Omit<Reach<T>, 'rule'> | undefined>>;

/**
 * The reach of the principal's broadest rule that this collection serves. Territory rules are the
 * principal's realm-bounded scope, unfiltered; the narrower ones come from `rules`.
 */
export function reachOf<T>(principal: Principal, permission: Permission, rules: ReachRules<T> = {}): Reach<T> | undefined {
  const territories = territoryReach(principal, permission);
  if (territories) return { scope: territories, filter: {}, rule: permission.scope };
  for (const rule of permission.scopes) {
    const r = rules[rule]?.(principal);
    if (r) return { ...r, rule };
  }
  return undefined;
}

/**
 * `self`: the records whose email is the principal's verified email, in the principal's territory
 * (a territory realm's account only; a person is linked to nothing without a verified email).
 */
export function selfByEmail<T>(path: string, alsoUserId?: string) {
  return (p: Principal): Omit<Reach<T>, 'rule'> | undefined => {
    const email = selfEmail(p);
    if (!email && !alsoUserId) return undefined;
    const byEmail = email ? [{ [path]: email }] : [];
    const byUser = alsoUserId && p.subject ? [{ [alsoUserId]: p.subject }] : [];
    return { scope: p.scope, filter: { $or: [...byEmail, ...byUser] } as FilterQuery<T> };
  };
}

/** `own-company`: records of the principal's company, in every territory it serves. */
export function ownCompany<T>(path: string) {
  return (p: Principal): Omit<Reach<T>, 'rule'> | undefined =>
    p.companyId ? { scope: allTerritories, filter: { [path]: p.companyId } as FilterQuery<T> } : undefined;
}
