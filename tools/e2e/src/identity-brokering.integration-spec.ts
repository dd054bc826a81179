import { createTokenVerifier } from '@binome/auth';
import { brokeredSignIn, KEYCLOAK_URL } from '@binome/testing';

describe('company HR single sign-on through identity brokering (real Keycloak)', () => {
  it('When an SNCF employee signs in with the SNCF IdP, then they land in partners as company-hr for SNCF only', async () => {
    // Partners realm → SNCF's IdP login page → sign in there → back to partners → code → tokens
    // (the browser side lives in @binome/testing, shared with the role-matrix spec).
    const { accessToken, idpLoginUrl } = await brokeredSignIn({
      realm: 'partners',
      idp: 'sncf',
      username: 'claire.martin',
      password: 'claire.martin-dev',
    });
    expect(idpLoginUrl).toContain('/realms/sncf-idp/');

    const principal = await createTokenVerifier({
      keycloakUrl: KEYCLOAK_URL,
      realms: ['paris', 'rennes', 'tours', 'national', 'partners'],
      audience: 'binome-api',
      territories: ['paris', 'rennes', 'tours'],
    }).verify(accessToken);
    expect(principal.realm).toBe('partners');
    expect(principal.roles).toEqual(['company-hr']);
    expect(principal.companyId).toBe('sncf');
    expect(principal.partnerId).toBeUndefined();
    expect(principal.scope).toEqual({ kind: 'some', territories: [] });
  });
});
