import { forbidden } from '@binome/errors';

export const ROLES = [
  'hq-admin',
  'territory-manager',
  'konnecteur',
  'koach',
  'volunteer',
  'beneficiary',
  'company-hr',
  'partner-ngo',
  'service',
] as const;
export type Role = (typeof ROLES)[number];

/** Territories a principal may act on: a list, or every territory (HQ, service accounts). */
export type TerritoryScope = { kind: 'all' } | { kind: 'some'; territories: readonly string[] };

/** Who is calling, derived from a verified Keycloak access token. */
export interface Principal {
  subject: string;
  username: string | undefined;
  /** Realm that issued the token: a territory, `national` or `partners`. */
  realm: string;
  roles: readonly Role[];
  scope: TerritoryScope;
  companyId: string | undefined;
  partnerId: string | undefined;
  /**
   * The account's email as the realm asserts it, only when the realm marks it verified (lower-cased);
   * `self` and `own-pairs` reaches link records to the person by it (see permissions.ts).
   */
  email: string | undefined;
  emailVerified: boolean;
  /** The raw bearer token, forwarded on calls to other services. */
  token: string;
}

export interface AccessTokenClaims {
  sub?: string;
  preferred_username?: string;
  realm_access?: { roles?: string[] };
  groups?: string[];
  email?: string;
  email_verified?: boolean;
}

/**
 * The realm is the tenant boundary: a territory realm's users act on that territory only, whatever
 * roles they hold; HQ (national realm, hq-admin) and service accounts act on all; partners' users act
 * on no territory directly (they are scoped by company or partner organisation instead).
 */
export function principalFromClaims(realm: string, claims: AccessTokenClaims, territories: readonly string[], token: string): Principal {
  const roles = (claims.realm_access?.roles ?? []).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  const groups = claims.groups ?? [];
  const groupId = (prefix: string) => groups.find((g) => g.startsWith(`/${prefix}/`))?.split('/')[2];
  let scope: TerritoryScope;
  if (territories.includes(realm)) scope = { kind: 'some', territories: [realm] };
  else if (realm === 'national' && (roles.includes('hq-admin') || roles.includes('service'))) scope = { kind: 'all' };
  else scope = { kind: 'some', territories: [] };
  return {
    subject: claims.sub ?? '',
    username: claims.preferred_username,
    realm,
    roles,
    scope,
    companyId: realm === 'partners' ? groupId('company') : undefined,
    partnerId: realm === 'partners' ? groupId('ngo') : undefined,
    email: claims.email_verified === true && typeof claims.email === 'string' ? claims.email.toLowerCase() : undefined,
    emailVerified: claims.email_verified === true,
    token,
  };
}

export function canActOnTerritory(principal: Principal, territoryId: string): boolean {
  return principal.scope.kind === 'all' || principal.scope.territories.includes(territoryId);
}

/** Throws 403 unless the principal may act on the territory. */
export function assertTerritory(principal: Principal, territoryId: string): void {
  if (!canActOnTerritory(principal, territoryId)) throw forbidden(`Not allowed to act on territory ${territoryId}`);
}
