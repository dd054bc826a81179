import { canActOnTerritory, principalFromClaims } from './principal';
import { bearerToken } from './token-verifier';

const T = ['paris', 'rennes', 'tours'];

describe('principalFromClaims', () => {
  it('When a Rennes manager signs in, then the principal acts on Rennes only', () => {
    const p = principalFromClaims('rennes', { sub: 'u1', realm_access: { roles: ['territory-manager', 'offline_access'] } }, T, 't');
    expect(p.roles).toEqual(['territory-manager']);
    expect(canActOnTerritory(p, 'rennes')).toBe(true);
    expect(canActOnTerritory(p, 'paris')).toBe(false);
  });

  it('When a Rennes user claims hq-admin, then the realm still bounds them to Rennes', () => {
    const p = principalFromClaims('rennes', { realm_access: { roles: ['hq-admin'] } }, T, 't');
    expect(canActOnTerritory(p, 'paris')).toBe(false);
  });

  it('When HQ signs in from the national realm, then every territory is in scope', () => {
    const p = principalFromClaims('national', { realm_access: { roles: ['hq-admin'] } }, T, 't');
    expect(canActOnTerritory(p, 'tours')).toBe(true);
  });

  it('When a national user has no HQ role, then no territory is in scope', () => {
    const p = principalFromClaims('national', { realm_access: { roles: [] } }, T, 't');
    expect(canActOnTerritory(p, 'tours')).toBe(false);
  });

  it('When a partner user belongs to company and NGO groups, then the ids are read from the groups', () => {
    const hr = principalFromClaims('partners', { realm_access: { roles: ['company-hr'] }, groups: ['/company/sncf'] }, T, 't');
    expect(hr.companyId).toBe('sncf');
    expect(hr.partnerId).toBeUndefined();
    expect(canActOnTerritory(hr, 'paris')).toBe(false);
  });

  it('When the token carries a verified email, then the principal has it (lower-cased); an unverified one is ignored', () => {
    const verified = principalFromClaims(
      'rennes',
      { realm_access: { roles: ['volunteer'] }, email: 'Volunteer@Rennes.binome.test', email_verified: true },
      T,
      't',
    );
    expect(verified.email).toBe('volunteer@rennes.binome.test');
    expect(verified.emailVerified).toBe(true);
    const unverified = principalFromClaims(
      'rennes',
      { realm_access: { roles: ['volunteer'] }, email: 'v@x.test', email_verified: false },
      T,
      't',
    );
    expect(unverified.email).toBeUndefined();
    expect(unverified.emailVerified).toBe(false);
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    [undefined, undefined],
  ])('When the header is %p, then the token is %p', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});
