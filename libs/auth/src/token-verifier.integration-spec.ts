import { generateKeyPair, SignJWT, decodeJwt } from 'jose';
import { KEYCLOAK_URL, serviceToken, userToken } from '@binome/testing';
import { canActOnTerritory, createTokenVerifier } from './index';

const territories = ['paris', 'rennes', 'tours'];
const verifier = createTokenVerifier({
  keycloakUrl: KEYCLOAK_URL,
  realms: [...territories, 'national', 'partners'],
  audience: 'binome-api',
  territories,
});

async function rejection(token: string): Promise<{ code: string; message: string }> {
  try {
    await verifier.verify(token);
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('token was accepted');
}

describe('createTokenVerifier against the real Keycloak', () => {
  it('When a Rennes manager presents a real token, then the principal is a Rennes territory manager', async () => {
    const p = await verifier.verify(await userToken('rennes', 'manager'));
    expect(p.realm).toBe('rennes');
    expect(p.roles).toContain('territory-manager');
    expect(canActOnTerritory(p, 'rennes')).toBe(true);
    expect(canActOnTerritory(p, 'paris')).toBe(false);
  });

  it('When HQ and a service account present real tokens, then they act on every territory', async () => {
    const hq = await verifier.verify(await userToken('national', 'hq'));
    const svc = await verifier.verify(await serviceToken());
    expect(canActOnTerritory(hq, 'tours')).toBe(true);
    expect(svc.roles).toEqual(['service']);
    expect(canActOnTerritory(svc, 'paris')).toBe(true);
  });

  it('When a realm is not in the allow-list, then its real tokens are refused', async () => {
    const rennesOnly = createTokenVerifier({ keycloakUrl: KEYCLOAK_URL, realms: ['rennes'], audience: 'binome-api', territories });
    const paris = await userToken('paris', 'manager');
    await expect(rennesOnly.verify(paris)).rejects.toMatchObject({ code: 'unauthenticated', message: 'The token issuer is not trusted' });
  });

  it('When the payload of a real token is tampered with, then the signature check refuses it', async () => {
    const token = await userToken('rennes', 'manager');
    const [h, , s] = token.split('.');
    const claims = { ...decodeJwt(token), iss: `${KEYCLOAK_URL}/realms/rennes`, realm_access: { roles: ['hq-admin'] } };
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    expect((await rejection(forged)).code).toBe('unauthenticated');
  });

  it('When a token is signed by another key with a trusted issuer, then it is refused', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ realm_access: { roles: ['hq-admin'] } })
      .setProtectedHeader({ alg: 'RS256', kid: 'attacker' })
      .setIssuer(`${KEYCLOAK_URL}/realms/national`)
      .setAudience('binome-api')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await rejection(forged)).code).toBe('unauthenticated');
  });

  it('When the audience is wrong, then the token is refused', async () => {
    const strict = createTokenVerifier({ keycloakUrl: KEYCLOAK_URL, realms: ['rennes'], audience: 'another-api', territories });
    await expect(strict.verify(await userToken('rennes', 'manager'))).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('When the token is not a JWT, then it is refused', async () => {
    expect((await rejection('not-a-token')).message).toBe('The bearer token is not a JWT');
  });
});

describe('ServiceTokenProvider against the real Keycloak', () => {
  it('When a service asks twice, then it gets a verified service token, fetched once', async () => {
    const { ServiceTokenProvider } = await import('./service-token');
    const provider = new ServiceTokenProvider({
      keycloakUrl: KEYCLOAK_URL,
      realm: 'national',
      clientId: 'binome-services',
      clientSecret: 'binome-services-dev-secret',
    });
    const [a, b] = await Promise.all([provider.token(), provider.token()]);
    expect(a).toBe(b);
    expect((await verifier.verify(a)).roles).toEqual(['service']);
  });

  it('When the secret is wrong, then the provider fails with unavailable', async () => {
    const { ServiceTokenProvider } = await import('./service-token');
    const provider = new ServiceTokenProvider({
      keycloakUrl: KEYCLOAK_URL,
      realm: 'national',
      clientId: 'binome-services',
      clientSecret: 'wrong',
    });
    await expect(provider.token()).rejects.toMatchObject({ code: 'unavailable' });
  });
});
