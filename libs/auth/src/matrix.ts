import type { Principal, Role } from './principal';

// The role matrix and the decision over it, with no server dependency: the services and the
// gateway apply it (permissions.ts), and the console builds its menu from the same table
// (`@binome/auth/browser`), so what a person is shown and what they are allowed never drift.

export const RESOURCES = [
  'candidates',
  'promotions',
  'volunteers',
  'organisations',
  'referrals',
  'pairs',
  'meetings',
  'workshops',
  'resources',
  'surveys',
  'indicators',
  'engagement-hours',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = ['read', 'write'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * How far an allowed permission reaches. The service that owns the data applies it in its
 * repository (the gateway only checks that *some* access exists):
 * - `all-territories`: every territory (HQ, service accounts);
 * - `own-territory`: the territory of the principal's realm;
 * - `own-pairs`: the pairs the principal is part of or follows (Konnecteur) and what belongs to them;
 * - `own-sessions`: the workshop sessions the principal facilitates;
 * - `self`: the principal's own record (their profile, answers, hours; a partner's own organisation);
 * - `own-company`: the principal's company (`companyId`), in aggregate, never a refugee's data;
 * - `own-referrals`: referrals addressed to or made by the principal's partner (`partnerId`);
 * - `none`: not allowed.
 */
export const SCOPE_RULES = [
  'all-territories',
  'own-territory',
  'own-company',
  'own-referrals',
  'own-pairs',
  'own-sessions',
  'self',
  'none',
] as const;
export type ScopeRule = (typeof SCOPE_RULES)[number];

type Row = Record<Action, ScopeRule>;
const rw = (read: ScopeRule, write: ScopeRule): Row => ({ read, write });
const NONE = rw('none', 'none');

/**
 * The role matrix, in one place: role × resource × action → scope rule. Every service and the
 * gateway read it; `permissions.spec.ts` pins every cell.
 *
 * Principles: company HR never see a refugee's personal data (no candidates, pairs, meetings,
 * surveys); partner NGOs see their own referrals only; participants see their own pairs and
 * records; indicators are computed from events, so only service accounts write them.
 */
export const PERMISSIONS: Readonly<Record<Role, Readonly<Record<Resource, Row>>>> = {
  'hq-admin': {
    candidates: rw('all-territories', 'all-territories'),
    promotions: rw('all-territories', 'all-territories'),
    volunteers: rw('all-territories', 'all-territories'),
    organisations: rw('all-territories', 'all-territories'),
    referrals: rw('all-territories', 'all-territories'),
    pairs: rw('all-territories', 'all-territories'),
    meetings: rw('all-territories', 'all-territories'),
    workshops: rw('all-territories', 'all-territories'),
    resources: rw('all-territories', 'all-territories'),
    surveys: rw('all-territories', 'all-territories'),
    indicators: rw('all-territories', 'none'),
    'engagement-hours': rw('all-territories', 'all-territories'),
  },
  'territory-manager': {
    candidates: rw('own-territory', 'own-territory'),
    promotions: rw('own-territory', 'own-territory'),
    volunteers: rw('own-territory', 'own-territory'),
    organisations: rw('own-territory', 'own-territory'),
    referrals: rw('own-territory', 'own-territory'),
    pairs: rw('own-territory', 'own-territory'),
    meetings: rw('own-territory', 'own-territory'),
    workshops: rw('own-territory', 'own-territory'),
    resources: rw('own-territory', 'own-territory'),
    surveys: rw('own-territory', 'own-territory'),
    indicators: rw('own-territory', 'none'),
    'engagement-hours': rw('own-territory', 'own-territory'),
  },
  konnecteur: {
    candidates: rw('own-pairs', 'none'),
    promotions: rw('own-territory', 'none'),
    volunteers: rw('own-pairs', 'none'),
    organisations: rw('own-territory', 'none'),
    referrals: NONE,
    pairs: rw('own-pairs', 'none'),
    meetings: rw('own-pairs', 'own-pairs'),
    // Konnecteurs register (and unregister) the beneficiaries of the pairs they follow.
    workshops: rw('own-territory', 'own-pairs'),
    // Their own training progress (parts read, quizzes) and how their badges name them.
    resources: rw('own-territory', 'self'),
    // Konnecteurs collect the T+3 and T+6 questionnaires of the pairs they follow.
    surveys: rw('own-pairs', 'own-pairs'),
    indicators: rw('own-pairs', 'none'),
    'engagement-hours': rw('own-pairs', 'none'),
  },
  koach: {
    candidates: NONE,
    promotions: rw('own-territory', 'none'),
    volunteers: NONE,
    organisations: rw('own-territory', 'none'),
    referrals: NONE,
    pairs: NONE,
    meetings: NONE,
    // Koachs record attendance of the sessions they facilitate.
    workshops: rw('own-territory', 'own-sessions'),
    // Their own training progress (parts read, quizzes) and how their badges name them.
    resources: rw('own-territory', 'self'),
    surveys: NONE,
    indicators: rw('own-sessions', 'none'),
    'engagement-hours': rw('self', 'none'),
  },
  volunteer: {
    candidates: rw('own-pairs', 'none'),
    promotions: rw('own-pairs', 'none'),
    volunteers: rw('self', 'self'),
    organisations: NONE,
    referrals: NONE,
    pairs: rw('own-pairs', 'none'),
    meetings: rw('own-pairs', 'own-pairs'),
    // Their own seat at the sessions that invite volunteers (speed-meetings).
    workshops: rw('own-territory', 'self'),
    // Their own training progress (parts read, quizzes) and how their badges name them.
    resources: rw('own-territory', 'self'),
    surveys: rw('self', 'self'),
    indicators: NONE,
    'engagement-hours': rw('self', 'self'),
  },
  beneficiary: {
    candidates: rw('self', 'self'),
    promotions: rw('own-pairs', 'none'),
    volunteers: rw('own-pairs', 'none'),
    organisations: NONE,
    referrals: rw('self', 'none'),
    pairs: rw('own-pairs', 'none'),
    meetings: rw('own-pairs', 'own-pairs'),
    // À-la-carte registration to workshops.
    workshops: rw('own-territory', 'self'),
    // Their own training progress (parts read, quizzes) and how their badges name them.
    resources: rw('own-territory', 'self'),
    surveys: rw('self', 'self'),
    indicators: NONE,
    'engagement-hours': NONE,
  },
  'company-hr': {
    candidates: NONE,
    promotions: rw('own-company', 'none'),
    volunteers: rw('own-company', 'own-company'),
    organisations: rw('own-company', 'own-company'),
    referrals: NONE,
    pairs: NONE,
    meetings: NONE,
    workshops: NONE,
    resources: NONE,
    surveys: NONE,
    indicators: rw('own-company', 'none'),
    'engagement-hours': rw('own-company', 'none'),
  },
  'partner-ngo': {
    candidates: NONE,
    promotions: NONE,
    volunteers: NONE,
    organisations: rw('self', 'self'),
    referrals: rw('own-referrals', 'own-referrals'),
    pairs: NONE,
    meetings: NONE,
    workshops: NONE,
    resources: NONE,
    surveys: NONE,
    indicators: rw('own-referrals', 'none'),
    'engagement-hours': NONE,
  },
  service: {
    candidates: rw('all-territories', 'all-territories'),
    promotions: rw('all-territories', 'all-territories'),
    volunteers: rw('all-territories', 'all-territories'),
    organisations: rw('all-territories', 'all-territories'),
    referrals: rw('all-territories', 'all-territories'),
    pairs: rw('all-territories', 'all-territories'),
    meetings: rw('all-territories', 'all-territories'),
    workshops: rw('all-territories', 'all-territories'),
    resources: rw('all-territories', 'all-territories'),
    surveys: rw('all-territories', 'all-territories'),
    indicators: rw('all-territories', 'all-territories'),
    'engagement-hours': rw('all-territories', 'all-territories'),
  },
};

/** The rule of one role, as written in the table. */
export function ruleOf(role: Role, resource: Resource, action: Action): ScopeRule {
  return PERMISSIONS[role][resource][action];
}

export interface Permission {
  allowed: boolean;
  /** The broadest rule the principal holds (`none` when not allowed). */
  scope: ScopeRule;
  /** Every rule the principal holds through its roles, broadest first (a union of reaches). */
  scopes: ScopeRule[];
}

const breadth = (r: ScopeRule) => SCOPE_RULES.indexOf(r);

/**
 * The table's rule, bounded by what the token itself proves: the realm bounds territories (an
 * `hq-admin` role in a territory realm reaches that territory only), and a company or partner rule
 * needs the company or partner id from the token's groups.
 */
function effective(principal: Principal, rule: ScopeRule): ScopeRule {
  const territories = principal.scope.kind === 'all' ? undefined : principal.scope.territories;
  switch (rule) {
    case 'all-territories':
      if (!territories) return rule;
      return territories.length ? 'own-territory' : 'none';
    case 'own-territory':
      return territories && territories.length === 0 ? 'none' : rule;
    case 'own-company':
      return principal.companyId ? rule : 'none';
    case 'own-referrals':
      return principal.partnerId ? rule : 'none';
    default:
      return rule;
  }
}

/** May the principal perform `action` on `resource`, and how far? */
export function can(principal: Principal, resource: Resource, action: Action): Permission {
  const scopes = [...new Set(principal.roles.map((role) => effective(principal, ruleOf(role, resource, action))))]
    .filter((r) => r !== 'none')
    .sort((a, b) => breadth(a) - breadth(b));
  return { allowed: scopes.length > 0, scope: scopes[0] ?? 'none', scopes };
}

/** The territory reaches: the principal's realm-bounded territory scope applies as is. */
export const TERRITORY_REACHES: readonly ScopeRule[] = ['all-territories', 'own-territory'];

/** The permission restricted to the reaches an endpoint serves. */
export function servedPermission(permission: Permission, serves: readonly ScopeRule[] | undefined): Permission {
  if (!serves) return permission;
  const scopes = permission.scopes.filter((s) => serves.includes(s));
  return { allowed: scopes.length > 0, scope: scopes[0] ?? 'none', scopes };
}
