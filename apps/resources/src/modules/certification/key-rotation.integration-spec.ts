import { createPrivateKey, createPublicKey, type JsonWebKey } from 'node:crypto';
import request from 'supertest';
import pino from 'pino';
import jwt from 'jsonwebtoken';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { bearer, eventually, serviceToken, startInProcess, stopInProcess, testServiceConfig, tokensOf, uniqueId } from '@binome/testing';
import { createResourcesService } from '../../resources.service';
import { awardBadges } from './award-badges/award-badges.handler';
import { BadgeRepository, IssuerRepository } from './badge.repository';

/** How long each pod keeps its copy of the keys here (60 s by default). */
const CACHE_MS = 1_000;

/**
 * The badge signing key rotates with overlap, on two instances sharing one database (real
 * database and Keycloak): HQ rotates on one; the other signs with the new key within the cache
 * time; the JWKS keeps the earlier key, so a credential downloaded before still verifies with
 * `jsonwebtoken` (not the jose that signed it), until HQ retires that key. The key of earlier
 * versions (`issuer_state`) is adopted as the first one.
 */
describe('resources: the badge signing key rotates, earlier credentials still verify, a retired key is no longer published', () => {
  const config = testServiceConfig('resources');
  const logger = pino({ level: 'silent' });
  const options = { keyCacheMs: CACHE_MS };
  const a = createResourcesService(config, logger, { ...options, awardsGroup: `resources-awards-test-${uniqueId()}` });
  const b = createResourcesService(config, logger, { ...options, awardsGroup: `resources-awards-test-${uniqueId()}` });
  let apiA: string;
  let apiB: string;
  let t: Record<'hq' | 'rennes' | 'service', string>;
  let legacyKid: string;
  let badgeId: string;

  beforeAll(async () => {
    ({ api: apiA } = await startInProcess(a));
    ({ api: apiB } = await startInProcess(b));
    t = { ...(await tokensOf({ hq: ['national', 'hq'], rennes: ['rennes', 'manager'] })), service: await serviceToken() };
    // A database of an earlier version: its single key in issuer_state.
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    legacyKid = await calculateJwkThumbprint(publicJwk);
    await a
      .context()
      .connection.collection('issuer_state')
      .insertOne({
        _id: 'signing-key' as never,
        territoryId: 'national',
        privateJwk: { ...(await exportJWK(privateKey)), kid: legacyKid, alg: 'ES256' },
        publicJwk: { ...publicJwk, kid: legacyKid, alg: 'ES256', use: 'sig' },
        createdAt: new Date('2026-11-01T00:00:00Z'),
      });
    const connection = a.context().connection;
    const [badge] = await awardBadges(
      { badges: new BadgeRepository(connection), issuer: new IssuerRepository(connection), now: () => new Date() },
      { event: 'WorkshopSessionAttended', competencies: ['french-cv'], personId: uniqueId('ben-') },
      { territoryId: 'rennes', eventType: 'WorkshopSessionAttended', eventId: uniqueId('e-') },
    );
    badgeId = badge._id;
  });

  afterAll(async () => {
    await stopInProcess(b);
    await stopInProcess(a);
  });

  const credentialFrom = async (api: string) => {
    const res = await request(api).get(`/v1/badges/${badgeId}/credential`).set(bearer(t.rennes));
    expect(res.status).toBe(200);
    return res.text;
  };
  const kidOf = (token: string) => jwt.decode(token, { complete: true })?.header.kid;
  const jwksFrom = async (api: string) => (await request(api).get('/v1/public/jwks').expect(200)).body.keys as { kid: string }[];
  /** Verifies as an outside verifier does: the JWKS's key of the token's kid, with jsonwebtoken. */
  const verifyWith = (keys: { kid: string }[], token: string) => {
    const jwk = keys.find((k) => k.kid === kidOf(token));
    if (!jwk) throw new Error(`no published key ${kidOf(token)}`);
    return jwt.verify(token, createPublicKey({ key: jwk, format: 'jwk' }), { algorithms: ['ES256'] });
  };
  const rotate = (token: string, api = apiA) => request(api).post('/v1/issuer/keys').set(bearer(token)).send({});
  const retire = (kid: string, token = t.hq, api = apiA) =>
    request(api).post(`/v1/issuer/keys/${kid}/retirement`).set(bearer(token)).send({ reason: 'leaked in a backup' });

  it('When HQ rotates the key, then new credentials and the status list carry the new kid on every instance within the cache time, and a credential downloaded before still verifies with the published JWKS', async () => {
    const before = await credentialFrom(apiB);
    expect(kidOf(before)).toBe(legacyKid);
    expect((await jwksFrom(apiA)).map((k) => k.kid)).toEqual([legacyKid]);
    // Only HQ: not a territory manager, not a service account.
    expect((await rotate(t.rennes)).status).toBe(403);
    expect((await rotate(t.service)).status).toBe(403);

    const rotated = await rotate(t.hq);
    expect(rotated.status).toBe(201);
    const newKid: string = rotated.body.kid;
    expect(rotated.body).toMatchObject({ status: 'current', createdBy: expect.any(String) });
    expect(newKid).not.toBe(legacyKid);
    // The pod that rotated signs with the new key at once.
    expect(kidOf(await credentialFrom(apiA))).toBe(newKid);
    // The other within the cache time.
    const startedAt = Date.now();
    const fromB = await eventually(
      async () => {
        const c = await credentialFrom(apiB);
        return kidOf(c) === newKid ? c : undefined;
      },
      10_000,
      'the other instance signing with the new key',
    );
    expect(Date.now() - startedAt).toBeLessThan(CACHE_MS + 1_000);
    const jwks = await jwksFrom(apiB);
    expect(jwks.map((k) => k.kid)).toEqual([newKid, legacyKid]);
    expect(JSON.stringify(jwks)).not.toMatch(/"d":/);
    // Both the earlier and the new credential verify with the JWKS, by jsonwebtoken.
    expect(verifyWith(jwks, before)).toMatchObject({ type: ['VerifiableCredential', 'OpenBadgeCredential'] });
    expect(verifyWith(jwks, fromB)).toMatchObject({ type: ['VerifiableCredential', 'OpenBadgeCredential'] });
    // The status list is signed with the current key.
    const list = (await request(apiB).get('/v1/public/status-list').expect(200)).text;
    expect(kidOf(list)).toBe(newKid);
    expect(verifyWith(jwks, list)).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'] });

    const keys = (await request(apiB).get('/v1/issuer/keys').set(bearer(t.hq)).expect(200)).body;
    expect(keys.map((k: { kid: string; status: string; createdBy: string }) => [k.kid, k.status, k.createdBy])).toEqual([
      [newKid, 'current', rotated.body.createdBy],
      [legacyKid, 'previous', 'adopted'],
    ]);
    expect((await request(apiA).get('/v1/issuer/keys').set(bearer(t.rennes))).status).toBe(403);
  });

  it('When HQ retires the earlier key, then it is no longer published (nor its private part kept), what it signed no longer verifies, and the current key cannot be retired', async () => {
    const keys = (await request(apiA).get('/v1/issuer/keys').set(bearer(t.hq))).body as { kid: string; status: string }[];
    const current = keys.find((k) => k.status === 'current')?.kid as string;
    const signedBefore = await credentialFrom(apiA);
    // A credential from the legacy key, as a holder still has it: signed by an earlier version's key.
    const stored = await a
      .context()
      .connection.collection('issuer_keys')
      .findOne({ _id: legacyKid as never });
    const legacySigned = jwt.sign({ id: 'urn:test' }, createPrivateKey({ key: stored?.privateJwk as JsonWebKey, format: 'jwk' }), {
      algorithm: 'ES256',
      keyid: legacyKid,
    });
    expect(verifyWith(await jwksFrom(apiA), legacySigned)).toMatchObject({ id: 'urn:test' });

    const refused = await retire(current);
    expect({ status: refused.status, detail: refused.body.detail }).toEqual({
      status: 409,
      detail: expect.stringContaining('rotate first'),
    });
    expect((await retire(legacyKid, t.rennes)).status).toBe(403);
    expect((await retire('A'.repeat(43))).status).toBe(404);
    expect((await request(apiA).post('/v1/issuer/keys/short/retirement').set(bearer(t.hq)).send({ reason: 'x' })).body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'params.kid' }), expect.objectContaining({ field: 'body.reason' })]),
    );

    const done = await retire(legacyKid);
    expect(done.body).toMatchObject({ kid: legacyKid, status: 'retired', retired: { reason: 'leaked in a backup' } });
    expect(done.body.publicJwk).toBeUndefined();
    expect((await retire(legacyKid)).body.retired).toEqual(done.body.retired);
    expect((await jwksFrom(apiA)).map((k) => k.kid)).toEqual([current]);
    const jwksB = await eventually(
      async () => {
        const ks = await jwksFrom(apiB);
        return ks.some((k) => k.kid === legacyKid) ? undefined : ks;
      },
      10_000,
      'the other instance dropping the retired key',
    );
    expect(() => verifyWith(jwksB, legacySigned)).toThrow(/no published key/);
    expect(verifyWith(jwksB, signedBefore)).toBeTruthy();
    // The private parts are gone, in the keyring and in the earlier versions' document.
    const db = a.context().connection;
    expect((await db.collection('issuer_keys').findOne({ _id: legacyKid as never }))?.privateJwk).toBeUndefined();
    expect((await db.collection('issuer_state').findOne({ _id: 'signing-key' as never }))?.privateJwk).toBeUndefined();
    // Signing goes on with the current key.
    expect(kidOf(await credentialFrom(apiB))).toBe(current);
  });
});
