import {
  can,
  principalFromClaims,
  servedPermission,
  type AccessTokenClaims,
  type Permission,
  type Principal,
  type ScopeRule,
} from '@binome/auth/browser';
import { RESOURCE_ROUTES, type ConsoleResource } from '../data/resources';

/**
 * The reaches each console resource can show, where the endpoint serves fewer than the matrix
 * row holds (the services apply the same `serves`): companies are read by their HR, partner
 * organisations by the NGO itself.
 */
const SERVES: Partial<Record<ConsoleResource, readonly ScopeRule[]>> = {
  'partner-companies': ['all-territories', 'own-territory', 'own-company'],
  'partner-organisations': ['all-territories', 'own-territory', 'self'],
  konnecteurs: ['all-territories', 'own-territory', 'own-company'],
  koachs: ['all-territories', 'own-territory', 'own-company'],
  triage: ['all-territories', 'own-territory'],
  // Impact serves surveys and outcomes to staff and a pair's Konnecteur; people answer through their link.
  surveys: ['all-territories', 'own-territory', 'own-pairs'],
  outcomes: ['all-territories', 'own-territory', 'own-pairs'],
  // Offers to volunteer are staff's (recruitment serves territory reaches only).
  'volunteer-interests': ['all-territories', 'own-territory'],
};

/** What the signed-in person may do in the console, decided by the role matrix of `@binome/auth`. */
export interface ConsolePermissions {
  principal: Omit<Principal, 'token'>;
  resources: Partial<Record<ConsoleResource, { read: Permission; write: Permission }>>;
  /** Indicators (dashboard) and company engagement hours, which are pages rather than resources. */
  indicators: Permission;
  engagementHours: Permission;
}

export function consolePermissionsOf(realm: string, claims: AccessTokenClaims, territories: readonly string[]): ConsolePermissions {
  const { token: _token, ...principal } = principalFromClaims(realm, claims, territories, '');
  const full = { ...principal, token: '' };
  const resources: ConsolePermissions['resources'] = {};
  for (const [name, route] of Object.entries(RESOURCE_ROUTES) as [ConsoleResource, (typeof RESOURCE_ROUTES)[ConsoleResource]][]) {
    const read = servedPermission(can(full, route.matrix, 'read'), SERVES[name]);
    const write = servedPermission(can(full, route.matrix, 'write'), SERVES[name]);
    if (read.allowed) resources[name] = { read, write };
  }
  return {
    principal,
    resources,
    indicators: can(full, 'indicators', 'read'),
    engagementHours: can(full, 'engagement-hours', 'read'),
  };
}

export const canRead = (p: ConsolePermissions | undefined, r: ConsoleResource) => Boolean(p?.resources[r]?.read.allowed);
export const canWrite = (p: ConsolePermissions | undefined, r: ConsoleResource) => Boolean(p?.resources[r]?.write.allowed);

/** Staff of one or every territory (the reaches that see a whole cohort: proposals, triage, imports). */
export const isTerritoryStaff = (p: ConsolePermissions | undefined, r: ConsoleResource) => {
  const scopes = p?.resources[r]?.write.scopes ?? [];
  return scopes.includes('all-territories') || scopes.includes('own-territory');
};
