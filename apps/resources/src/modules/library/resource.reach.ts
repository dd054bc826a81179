import { reachOf } from '@binome/access';
import { territoryReach, type Permission, type Principal, type Role } from '@binome/auth';
import { forbidden } from '@binome/errors';
import type { Filter, TenantScope } from '@binome/persistence';
import { NATIONAL, type Audience } from './resource.entity';

export interface LibraryReach<T> {
  scope: TenantScope;
  filter: Filter<T>;
  /** Staff see drafts and every version; audiences the published version only. */
  staff: boolean;
}

const STAFF_ROLES: readonly Role[] = ['hq-admin', 'territory-manager', 'service'];
const AUDIENCE_OF: Partial<Record<Role, Audience>> = {
  volunteer: 'volunteer',
  beneficiary: 'beneficiary',
  konnecteur: 'konnecteur',
  koach: 'koach',
};

export const isStaff = (p: Principal): boolean => p.roles.some((r) => STAFF_ROLES.includes(r));

/** The audiences a principal reads as (every role it holds; staff read as staff). */
export const audiencesOf = (p: Principal): Audience[] => [
  ...new Set([...p.roles.flatMap((r) => AUDIENCE_OF[r] ?? []), ...(isStaff(p) ? (['staff'] as const) : [])]),
];

/** A territory scope plus the national scope: national resources are visible everywhere. */
export const withNational = (scope: TenantScope): TenantScope =>
  scope.kind === 'all' ? scope : { kind: 'some', territories: [...new Set([...scope.territories, NATIONAL])] };

/**
 * What a principal reads in the library (matrix `resources` read: the territory rules): staff
 * every record of their territories and the national ones, drafts and past versions included;
 * the audiences (volunteers, beneficiaries, Konnecteurs, Koachs) only what is published for
 * them, in their territory and nationally. `undefined`: nothing.
 */
export function libraryReach<T>(principal: Principal, permission: Permission, published: (audiences: Audience[]) => Filter<T>) {
  const reach = reachOf<T>(principal, permission);
  if (!reach) return undefined;
  const scope = withNational(reach.scope);
  if (isStaff(principal)) return { scope, filter: reach.filter, staff: true } as LibraryReach<T>;
  return { scope, filter: { $and: [reach.filter, published(audiencesOf(principal))] } as Filter<T>, staff: false } as LibraryReach<T>;
}

/**
 * Where a staff member writes (matrix `resources` write, territory rules): their territory; HQ
 * every territory and the national scope. A territory manager may read a national record but not
 * edit it: 403, not 404.
 */
export function assertMayEdit(principal: Principal, permission: Permission, territoryId: string): TenantScope {
  const scope = territoryReach(principal, permission);
  if (!scope || !isStaff(principal)) throw forbidden('Only staff edit the library');
  if (scope.kind === 'some' && !scope.territories.includes(territoryId))
    throw forbidden(territoryId === NATIONAL ? 'National records are edited by HQ' : `Not allowed to act on territory ${territoryId}`);
  return scope;
}
