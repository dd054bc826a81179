import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { freePort } from '@binome/testing';
import { createTokenVerifier } from './token-verifier';

// Tokens carry the public issuer; the key set may be fetched from another address (the back-channel).
const ISSUER_BASE = 'https://login.binome.example';
const territories = ['tours'];

async function tokenFor(privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'], kid: string): Promise<string> {
  return new SignJWT({ typ: 'Bearer', realm_access: { roles: ['territory-manager'] } })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(`${ISSUER_BASE}/realms/tours`)
    .setAudience('binome-api')
    .setSubject('manager')
    .setExpirationTime('5m')
    .sign(privateKey);
}

describe('createTokenVerifier, key set reached through the back-channel', () => {
  let server: Server;
  let port: number;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;

  beforeAll(async () => {
    keys = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    port = await freePort();
    server = createServer((req, res) => {
      if (req.url === '/realms/tours/protocol/openid-connect/certs')
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  });

  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('When the back-channel serves the realm keys, then a token of the public issuer is accepted', async () => {
    const verifier = createTokenVerifier({
      keycloakUrl: ISSUER_BASE,
      backchannelUrl: `http://127.0.0.1:${port}`,
      realms: ['tours'],
      audience: 'binome-api',
      territories,
    });
    const p = await verifier.verify(await tokenFor(keys.privateKey, 'k1'));
    expect(p.realm).toBe('tours');
  });

  it('When Keycloak is unreachable and the keys are not cached, then verification fails as unavailable (503), not as an internal error', async () => {
    const closed = await freePort();
    const verifier = createTokenVerifier({
      keycloakUrl: ISSUER_BASE,
      backchannelUrl: `http://127.0.0.1:${closed}`,
      realms: ['tours'],
      audience: 'binome-api',
      territories,
    });
    await expect(verifier.verify(await tokenFor(keys.privateKey, 'k1'))).rejects.toMatchObject({ code: 'unavailable', status: 503 });
  });
});
