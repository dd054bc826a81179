import type { Request, Response } from 'express';
import {
  authorize,
  can,
  ruleOf,
  servedPermission,
  territoryReach,
  TERRITORY_REACHES,
  RESOURCES,
  type Action,
  type Resource,
  type ScopeRule,
} from './permissions';
import { principalFromClaims, ROLES, type Principal, type Role } from './principal';

const T = ['paris', 'rennes', 'tours'];

// The expected matrix, written apart from the implementation. One line per role; per resource two
// letters, read then write, in the order of RESOURCES:
// candidates promotions volunteers organisations referrals pairs meetings workshops resources surveys indicators engagement-hours
// A all-territories · T own-territory · P own-pairs · S own-sessions · M self · C own-company · R own-referrals · - none
const EXPECTED: Record<Role, string> = {
  'hq-admin': '          AA AA AA AA AA AA AA AA AA AA A- AA',
  'territory-manager': ' TT TT TT TT TT TT TT TT TT TT T- TT',
  konnecteur: '        P- T- P- T- -- P- PP TP TM PP P- P-',
  koach: '             -- T- -- T- -- -- -- TS TM -- S- M-',
  volunteer: '         P- P- MM -- -- P- PP TM TM MM -- MM',
  beneficiary: '       MM P- P- -- M- P- PP TM TM MM -- --',
  'company-hr': '      -- C- CC CC -- -- -- -- -- -- C- C-',
  'partner-ngo': '     -- -- -- MM RR -- -- -- -- -- R- --',
  service: '           AA AA AA AA AA AA AA AA AA AA AA AA',
};
const LETTERS: Record<string, ScopeRule> = {
  A: 'all-territories',
  T: 'own-territory',
  P: 'own-pairs',
  S: 'own-sessions',
  M: 'self',
  C: 'own-company',
  R: 'own-referrals',
  '-': 'none',
};

function expected(role: Role, resource: Resource, action: Action): ScopeRule {
  const cells = EXPECTED[role].trim().split(/\s+/);
  const cell = cells[RESOURCES.indexOf(resource)];
  return LETTERS[cell[action === 'read' ? 0 : 1]];
}

/** A principal holding one role, signed in from the realm where that role lives. */
function principalWith(role: Role): Principal {
  if (role === 'hq-admin' || role === 'service')
    return principalFromClaims('national', { sub: role, realm_access: { roles: [role] } }, T, 't');
  if (role === 'company-hr')
    return principalFromClaims('partners', { sub: role, realm_access: { roles: [role] }, groups: ['/company/sncf'] }, T, 't');
  if (role === 'partner-ngo')
    return principalFromClaims('partners', { sub: role, realm_access: { roles: [role] }, groups: ['/ngo/cirefe'] }, T, 't');
  return principalFromClaims('rennes', { sub: role, realm_access: { roles: [role] } }, T, 't');
}

const cells: [Role, Resource, Action, ScopeRule][] = ROLES.flatMap((role) =>
  RESOURCES.flatMap((resource) =>
    (['read', 'write'] as const).map((action): [Role, Resource, Action, ScopeRule] => [
      role,
      resource,
      action,
      expected(role, resource, action),
    ]),
  ),
);

describe('the role matrix', () => {
  it('When the expected table is read, then it has one cell per role, resource and action', () => {
    expect(cells).toHaveLength(9 * 12 * 2);
    for (const role of ROLES) expect(EXPECTED[role].trim().split(/\s+/)).toHaveLength(RESOURCES.length);
  });

  it.each(cells)('When a %s asks to %s %s, then the rule is %s', (role, resource, action, rule) => {
    expect(ruleOf(role, resource, action)).toBe(rule);
    const decision = can(principalWith(role), resource, action);
    expect(decision.scope).toBe(rule);
    expect(decision.allowed).toBe(rule !== 'none');
  });

  it.each(RESOURCES)(
    'When company HR asks for %s, then they never reach a refugee record (candidates, pairs, meetings, surveys, referrals)',
    (resource) => {
      const hr = principalWith('company-hr');
      const personal: Resource[] = ['candidates', 'pairs', 'meetings', 'surveys', 'referrals'];
      if (personal.includes(resource)) expect(can(hr, resource, 'read').allowed).toBe(false);
      else expect(['own-company', 'none']).toContain(can(hr, resource, 'read').scope);
    },
  );
});

describe('can: what the token proves bounds the table', () => {
  it('When a Rennes-realm user claims hq-admin, then all-territories shrinks to own-territory', () => {
    const p = principalFromClaims('rennes', { realm_access: { roles: ['hq-admin'] } }, T, 't');
    expect(can(p, 'candidates', 'read')).toMatchObject({ allowed: true, scope: 'own-territory' });
  });

  it('When a partners-realm user claims territory-manager, then no territory is reachable', () => {
    const p = principalFromClaims('partners', { realm_access: { roles: ['territory-manager'] } }, T, 't');
    expect(can(p, 'candidates', 'read')).toEqual({ allowed: false, scope: 'none', scopes: [] });
  });

  it('When company HR has no company group, then own-company is refused', () => {
    const p = principalFromClaims('partners', { realm_access: { roles: ['company-hr'] } }, T, 't');
    expect(can(p, 'engagement-hours', 'read').allowed).toBe(false);
  });

  it('When a partner NGO user has no partner group, then own-referrals is refused', () => {
    const p = principalFromClaims('partners', { realm_access: { roles: ['partner-ngo'] } }, T, 't');
    expect(can(p, 'referrals', 'read').allowed).toBe(false);
  });

  it('When a principal holds two roles, then every reach is listed, broadest first', () => {
    const p = principalFromClaims('rennes', { realm_access: { roles: ['koach', 'volunteer'] } }, T, 't');
    expect(can(p, 'engagement-hours', 'write')).toEqual({ allowed: true, scope: 'self', scopes: ['self'] });
    // A Koach who is also a volunteer facilitates their sessions and takes their own seat at speed-meetings.
    expect(can(p, 'workshops', 'write')).toEqual({ allowed: true, scope: 'own-sessions', scopes: ['own-sessions', 'self'] });
    expect(can(p, 'candidates', 'read')).toEqual({ allowed: true, scope: 'own-pairs', scopes: ['own-pairs'] });
    const q = principalFromClaims('rennes', { realm_access: { roles: ['beneficiary', 'volunteer'] } }, T, 't');
    expect(can(q, 'meetings', 'read').scopes).toEqual(['own-pairs']);
    expect(can(q, 'candidates', 'read').scopes).toEqual(['own-pairs', 'self']);
  });

  it('When a principal has no role, then nothing is allowed', () => {
    const p = principalFromClaims('rennes', { realm_access: { roles: [] } }, T, 't');
    expect(RESOURCES.some((r) => can(p, r, 'read').allowed || can(p, r, 'write').allowed)).toBe(false);
  });
});

describe('authorize', () => {
  const run = (principal: Principal | undefined, resource: Resource, action: Action) => {
    const res = { locals: { principal } } as unknown as Response;
    let passed: unknown = 'not called';
    authorize(resource, action)({} as Request, res, (e?: unknown) => (passed = e));
    return { error: passed as { code?: string } | undefined, locals: res.locals };
  };

  it('When the principal may act, then the request goes on with the decision in res.locals', () => {
    const { error, locals } = run(principalWith('territory-manager'), 'promotions', 'write');
    expect(error).toBeUndefined();
    expect(locals.permission).toMatchObject({ allowed: true, scope: 'own-territory' });
  });

  it('When the principal may not act, then 403 forbidden', () => {
    expect(run(principalWith('company-hr'), 'candidates', 'read').error?.code).toBe('forbidden');
  });

  it('When no principal was authenticated, then 401', () => {
    expect(run(undefined, 'candidates', 'read').error?.code).toBe('unauthenticated');
  });

  it('When an endpoint serves only territory reaches, then a self-only principal is 403 and a mixed one keeps the served reach', () => {
    const res = { locals: { principal: principalWith('beneficiary') } } as unknown as Response;
    let passed: unknown = 'not called';
    authorize('candidates', 'write', { serves: TERRITORY_REACHES })({} as Request, res, (e?: unknown) => (passed = e));
    expect((passed as { code?: string }).code).toBe('forbidden');
    const q = principalFromClaims('rennes', { realm_access: { roles: ['territory-manager', 'beneficiary'] } }, T, 't');
    expect(servedPermission(can(q, 'candidates', 'write'), TERRITORY_REACHES).scopes).toEqual(['own-territory']);
  });

  it('When the permission holds a territory rule, then territoryReach is the realm-bounded scope; otherwise none', () => {
    const manager = principalWith('territory-manager');
    expect(territoryReach(manager, can(manager, 'volunteers', 'read'))).toEqual({ kind: 'some', territories: ['rennes'] });
    const hr = principalWith('company-hr');
    expect(territoryReach(hr, can(hr, 'volunteers', 'read'))).toBeUndefined();
  });
});
