import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import pino from 'pino';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { bearer, expressRoutes, KEYCLOAK_URL, testServiceEnv, undocumentedRoutes, uniqueId, userToken } from '@binome/testing';
import { loadGatewayConfig } from './gateway.config';
import { createGateway } from './gateway.service';
import { PUBLIC_PAGE_PATHS } from './public-pages/public-pages.routes';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a service answers at GET /openapi.json (its document, generated from its routes). */
const SERVICE_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'Binôme recruitment', version: '1.0.0' },
  paths: {
    '/v1/applications': {
      post: {
        operationId: 'apply',
        summary: 'Déposer une candidature',
        'x-summary-en': 'Apply',
        tags: ['recrutement'],
        security: [],
        responses: { '201': { description: 'ok' } },
      },
    },
    '/v1/volunteer-interests': {
      post: {
        operationId: 'expressVolunteerInterest',
        summary: 'Proposer de devenir salarié volontaire',
        tags: ['recrutement'],
        security: [],
        responses: { '201': { description: 'ok' } },
      },
    },
    // Impact's public survey links (this stand-in serves recruitment and impact alike).
    '/v1/survey-links/{token}': {
      get: {
        operationId: 'readSurveyLink',
        tags: ['impact'],
        security: [],
        parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
      },
    },
    '/v1/survey-links/{token}/answers': {
      post: {
        operationId: 'answerSurveyLink',
        tags: ['impact'],
        security: [],
        parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: { schemas: {} },
};

/** Scheduling's public routes (the feed, the one-tap answers), as its document describes them (the token is a path parameter). */
const SCHEDULING_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'Binôme scheduling', version: '1.0.0' },
  paths: {
    '/v1/calendar-feeds/{token}': {
      get: {
        operationId: 'readCalendarFeed',
        tags: ['rencontres'],
        security: [],
        parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'RFC 5545', content: { 'text/calendar': { schema: { type: 'string' } } } } },
      },
    },
    '/v1/answers/{token}': {
      get: {
        operationId: 'answerByLink',
        tags: ['rappels'],
        security: [],
        parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'a page', content: { 'text/html': { schema: { type: 'string' } } } } },
      },
    },
  },
  components: { schemas: {} },
};

const FEED = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//stand-in//EN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n';

/** A stand-in for the services: records what reached it and echoes it back (a feed for feed paths). */
async function startEcho(document: object = SERVICE_DOCUMENT): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    if (req.url === '/openapi.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(document));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
      seen.push(entry);
      if (entry.url.startsWith('/v1/calendar-feeds/')) {
        res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
        res.end(FEED);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'x-total-count': '7' });
      res.end(JSON.stringify({ url: entry.url, method: entry.method }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

const CONSOLE = 'http://console.binome.test';

describe('gateway edge against the real Keycloak', () => {
  let echo: Awaited<ReturnType<typeof startEcho>>;
  let scheduling: Awaited<ReturnType<typeof startEcho>>;
  let gateway: ReturnType<typeof createGateway>;
  let api: string;

  beforeAll(async () => {
    echo = await startEcho();
    scheduling = await startEcho(SCHEDULING_DOCUMENT);
    const config = loadGatewayConfig({
      ...testServiceEnv('gateway'),
      HTTP_BODY_LIMIT: '2kb',
      // Tours is deliberately not trusted here: its real tokens stand for a foreign issuer.
      TERRITORIES: 'paris,rennes',
      EXTRA_REALMS: 'national,partners',
      // matching points at a closed port: the service is down.
      UPSTREAMS: `recruitment=${echo.url},impact=${echo.url},scheduling=${scheduling.url},matching=http://127.0.0.1:1`,
      CONSOLE_ORIGIN: CONSOLE,
      RATE_LIMIT_APPLICATIONS_PER_MINUTE: '3',
      RATE_LIMIT_CALENDAR_FEEDS_PER_MINUTE: '3',
      // This test's client stands for the ingress: its X-Forwarded-For names the client.
      TRUST_PROXY: '127.0.0.1',
    });
    gateway = createGateway(config, pino({ level: 'silent' }), {
      group: uniqueId('gw-'),
      referralsTopic: `binome.referrals.v1.test-${uniqueId()}`,
    });
    api = `http://127.0.0.1:${(await gateway.start()).httpPort}`;
  });

  afterAll(async () => {
    await gateway.connection().dropDatabase();
    await gateway.stop();
    await new Promise((r) => echo.server.close(r));
    await new Promise((r) => scheduling.server.close(r));
  });

  const count = (path: string) => echo.seen.filter((s) => s.url.startsWith(path)).length;

  describe('authentication (keycloak-connect, one adapter per realm)', () => {
    it('When a Rennes manager calls impact, then the call reaches impact with the same Authorization header and the request id', async () => {
      const token = await userToken('rennes', 'manager');
      const res = await request(api)
        .get('/api/impact/v1/territories/rennes/application-count?x=1')
        .set(bearer(token))
        .set('x-request-id', 'req-gateway-0001');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ url: '/v1/territories/rennes/application-count?x=1', method: 'GET' });
      const seen = echo.seen.at(-1);
      expect(seen?.headers.authorization).toBe(`Bearer ${token}`);
      expect(seen?.headers['x-request-id']).toBe('req-gateway-0001');
      expect(res.headers['x-request-id']).toBe('req-gateway-0001');
      expect(res.headers['x-total-count']).toBe('7');
    });

    it('When HQ (national) and an NGO user (partners) present real tokens, then both realms are accepted', async () => {
      expect(
        (
          await request(api)
            .get('/api/impact/v1/territories/paris/application-count')
            .set(bearer(await userToken('national', 'hq')))
        ).status,
      ).toBe(200);
      expect(
        (
          await request(api)
            .get('/api/recruitment/v1/referrals')
            .set(bearer(await userToken('partners', 'ngo-cirefe')))
        ).status,
      ).toBe(200);
    });

    it('When there is no token, then 401 problem+json and nothing reaches the service', async () => {
      const before = echo.seen.length;
      const res = await request(api).get('/api/impact/v1/territories/rennes/application-count');
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('unauthenticated');
      expect(echo.seen.length).toBe(before);
    });

    it('When a 401 is answered, then it carries WWW-Authenticate: Bearer, with error="invalid_token" when a token was refused (RFC 6750 §3)', async () => {
      const none = await request(api).get('/api/impact/v1/territories/rennes/application-count');
      expect(none.status).toBe(401);
      expect(none.headers['www-authenticate']).toBe('Bearer');
      const refused = await request(api)
        .get('/api/impact/v1/territories/rennes/application-count')
        .set(bearer(await userToken('tours', 'manager')));
      expect(refused.status).toBe(401);
      expect(refused.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
      const webhooks = await request(api).get('/api/partners/webhooks').set(bearer('garbage'));
      expect(webhooks.status).toBe(401);
      expect(webhooks.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    });

    it('When a real token comes from a realm outside the allow-list, then 401: issuer not trusted', async () => {
      const res = await request(api)
        .get('/api/impact/v1/territories/rennes/application-count')
        .set(bearer(await userToken('tours', 'manager')));
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('The token issuer is not trusted');
    });

    it('When a real token was issued for another audience (admin-cli), then 401 naming aud', async () => {
      const tokenRes = await fetch(`${KEYCLOAK_URL}/realms/rennes/protocol/openid-connect/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'manager', password: 'manager-dev' }),
      });
      const token = ((await tokenRes.json()) as { access_token: string }).access_token;
      expect(decodeJwt(token).aud ?? []).not.toContain('binome-api');
      const res = await request(api).get('/api/impact/v1/territories/rennes/application-count').set(bearer(token));
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('Token claim "aud" is invalid');
    });

    it('When the payload of a real token is tampered with, then 401: signature invalid', async () => {
      const token = await userToken('rennes', 'manager');
      const [h, , s] = token.split('.');
      const claims = { ...decodeJwt(token), realm_access: { roles: ['hq-admin'] } };
      const res = await request(api)
        .get('/api/impact/v1/territories/rennes/application-count')
        .set(bearer(`${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`));
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('The token signature is invalid');
    });

    it('When a token is signed by another key under the realm key id, then 401: signature invalid', async () => {
      const real = await userToken('rennes', 'manager');
      const { privateKey } = await generateKeyPair('RS256');
      const forged = await new SignJWT({ ...decodeJwt(real), realm_access: { roles: ['hq-admin'] } })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: decodeProtectedHeader(real).kid as string })
        .setExpirationTime('5m')
        .sign(privateKey);
      const res = await request(api).get('/api/impact/v1/territories/rennes/application-count').set(bearer(forged));
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('The token signature is invalid');
    });

    it('When a token has expired, then 401: expired', async () => {
      const real = await userToken('rennes', 'manager');
      const { privateKey } = await generateKeyPair('RS256');
      const now = Math.floor(Date.now() / 1000);
      const expired = await new SignJWT({ ...decodeJwt(real), iat: now - 3600, exp: now - 60 })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: decodeProtectedHeader(real).kid as string })
        .sign(privateKey);
      const res = await request(api).get('/api/impact/v1/territories/rennes/application-count').set(bearer(expired));
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('The token has expired');
    });

    it('When a token is unsigned (alg none) or not a JWT, then 401', async () => {
      const claims = Buffer.from(JSON.stringify({ ...decodeJwt(await userToken('rennes', 'manager')) })).toString('base64url');
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${claims}.`;
      expect((await request(api).get('/api/impact/v1/territories/rennes/application-count').set(bearer(none))).status).toBe(401);
      expect((await request(api).get('/api/impact/v1/territories/rennes/application-count').set(bearer('garbage'))).body.detail).toBe(
        'The bearer token is not a JWT',
      );
    });
  });

  describe('routing and coarse authorization', () => {
    it('When company HR asks for candidates, then the role matrix stops it at the edge with 403', async () => {
      const before = count('/v1/candidates');
      const res = await request(api)
        .get('/api/recruitment/v1/candidates')
        .set(bearer(await userToken('partners', 'hr-sncf')));
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('forbidden');
      expect(count('/v1/candidates')).toBe(before);
    });

    it('When the owning service is down, then 503 problem+json naming it', async () => {
      const res = await request(api)
        .get('/api/matching/v1/pairs')
        .set(bearer(await userToken('national', 'hq')));
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.detail).toBe('The matching service is unavailable');
    });

    it('When the service is unknown, then 404', async () => {
      expect(
        (
          await request(api)
            .get('/api/nothing/v1/x')
            .set(bearer(await userToken('national', 'hq')))
        ).status,
      ).toBe(404);
    });

    it('When the path has dot segments, then 400 before anything is forwarded', async () => {
      const res = await request(api)
        .get('/api/recruitment/v1/candidates/%2e%2e/promotions')
        .set(bearer(await userToken('national', 'hq')));
      expect(res.status).toBe(400);
    });

    it('When a person applies, then no token is needed and the body is streamed to recruitment byte for byte', async () => {
      const body = '{"territoryId":"rennes","firstName":"Amina","note":"é"}';
      const res = await request(api)
        .post('/api/recruitment/v1/applications')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', '203.0.113.10')
        .send(body);
      expect(res.status).toBe(200);
      const seen = echo.seen.at(-1);
      expect(seen?.url).toBe('/v1/applications');
      expect(seen?.body).toBe(body);
      expect(seen?.headers['x-forwarded-for']).toContain('203.0.113.10');
    });

    it('When an employee offers to volunteer, then no token is needed, none is forwarded, and the body reaches recruitment', async () => {
      const body = '{"territoryId":"rennes","firstName":"Claire"}';
      const res = await request(api)
        .post('/api/recruitment/v1/volunteer-interests')
        .set('content-type', 'application/json')
        .set('authorization', 'Bearer not-a-token')
        .set('x-forwarded-for', '203.0.113.11')
        .send(body);
      expect(res.status).toBe(200);
      const seen = echo.seen.at(-1);
      expect(seen?.url).toBe('/v1/volunteer-interests');
      expect(seen?.body).toBe(body);
      expect(seen?.headers.authorization).toBeUndefined();
    });

    describe("a person's iCalendar feed (public: the token in the path is the credential)", () => {
      const feedToken = () => randomBytes(32).toString('base64url');
      const feedCalls = () => scheduling.seen.filter((s) => s.url.startsWith('/v1/calendar-feeds/')).length;

      it("When a calendar app fetches a feed without a bearer, then scheduling's text/calendar body comes back as it was sent", async () => {
        const token = feedToken();
        const res = await request(api).get(`/api/scheduling/v1/calendar-feeds/${token}`).set('x-forwarded-for', '203.0.113.40');
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
        expect(res.text).toBe(FEED);
        expect(res.headers['ratelimit-policy']).toContain('"calendar-feeds";q=3;w=60');
        const seen = scheduling.seen.at(-1);
        expect(seen?.method).toBe('GET');
        expect(seen?.url).toBe(`/v1/calendar-feeds/${token}`);
      });

      it('When a feed is fetched with a bearer anyway, then no Authorization reaches scheduling', async () => {
        const res = await request(api)
          .get(`/api/scheduling/v1/calendar-feeds/${feedToken()}`)
          .set('x-forwarded-for', '203.0.113.41')
          .set(bearer(await userToken('rennes', 'manager')));
        expect(res.status).toBe(200);
        expect(scheduling.seen.at(-1)?.headers.authorization).toBeUndefined();
      });

      it('When the token is malformed, then 404 problem+json at the edge and nothing reaches scheduling', async () => {
        const before = feedCalls();
        for (const bad of ['short', `${feedToken()}x`, `${feedToken().slice(0, 42)}!`]) {
          const res = await request(api)
            .get(`/api/scheduling/v1/calendar-feeds/${encodeURIComponent(bad)}`)
            .set('x-forwarded-for', '203.0.113.42');
          expect(res.status).toBe(404);
          expect(res.headers['content-type']).toMatch(/problem\+json/);
        }
        expect(feedCalls()).toBe(before);
      });

      it("When a one-tap link of scheduling's emails is opened, then it reaches scheduling without a bearer or Authorization; a malformed one is 404 at the edge", async () => {
        const token = feedToken();
        const res = await request(api)
          .get(`/api/scheduling/v1/answers/${token}`)
          .set('x-forwarded-for', '203.0.113.43')
          .set(bearer(await userToken('rennes', 'manager')));
        expect(res.status).toBe(200);
        expect(scheduling.seen.at(-1)).toMatchObject({ method: 'GET', url: `/v1/answers/${token}` });
        expect(scheduling.seen.at(-1)?.headers.authorization).toBeUndefined();
        const before = scheduling.seen.length;
        expect((await request(api).get('/api/scheduling/v1/answers/short').set('x-forwarded-for', '203.0.113.43')).status).toBe(404);
        expect((await request(api).post(`/api/scheduling/v1/answers/${token}`)).status).toBe(401);
        expect(scheduling.seen.length).toBe(before);
      });

      it('When a person opens their survey link and posts their answers without a bearer, then both reach impact with no Authorization; a malformed link is 404 at the edge', async () => {
        const token = feedToken();
        const read = await request(api)
          .get(`/api/impact/v1/survey-links/${token}?lang=ar`)
          .set('x-forwarded-for', '203.0.113.44')
          .set(bearer(await userToken('rennes', 'manager')));
        expect(read.status).toBe(200);
        expect(echo.seen.at(-1)).toMatchObject({ method: 'GET', url: `/v1/survey-links/${token}?lang=ar` });
        expect(echo.seen.at(-1)?.headers.authorization).toBeUndefined();
        const body = JSON.stringify({ answers: { network: 4 } });
        const answer = await request(api)
          .post(`/api/impact/v1/survey-links/${token}/answers`)
          .set('x-forwarded-for', '203.0.113.44')
          .set('content-type', 'application/json')
          .send(body);
        expect(answer.status).toBe(200);
        expect(echo.seen.at(-1)).toMatchObject({ method: 'POST', url: `/v1/survey-links/${token}/answers`, body });
        const before = echo.seen.length;
        expect((await request(api).get('/api/impact/v1/survey-links/short').set('x-forwarded-for', '203.0.113.44')).status).toBe(404);
        expect((await request(api).get('/api/impact/v1/surveys')).status).toBe(401);
        expect(echo.seen.length).toBe(before);
      });

      it('When another scheduling path, or another method on the feed, comes without a token, then 401 and nothing reaches scheduling', async () => {
        const before = scheduling.seen.length;
        expect((await request(api).get('/api/scheduling/v1/triage')).status).toBe(401);
        expect((await request(api).get(`/api/scheduling/v1/calendar-feeds/${feedToken()}/x`)).status).toBe(401);
        expect((await request(api).delete(`/api/scheduling/v1/calendar-feeds/${feedToken()}`)).status).toBe(401);
        expect((await request(api).head(`/api/scheduling/v1/calendar-feeds/${feedToken()}`)).status).toBe(401);
        expect(scheduling.seen.length).toBe(before);
      });

      it('When one client fetches feeds more than 3 times a minute, then 429 under the feed policy, and another client still may', async () => {
        const fetchFeed = (ip: string) => request(api).get(`/api/scheduling/v1/calendar-feeds/${feedToken()}`).set('x-forwarded-for', ip);
        const statuses = [];
        for (let i = 0; i < 4; i++) statuses.push((await fetchFeed('198.51.100.40')).status);
        expect(statuses).toEqual([200, 200, 200, 429]);
        expect((await fetchFeed('198.51.100.41')).status).toBe(200);
      });
    });

    it('When a body is larger than the limit, then 413 problem+json', async () => {
      const res = await request(api)
        .post('/api/recruitment/v1/applications')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', '203.0.113.11')
        .send(JSON.stringify({ x: 'y'.repeat(5000) }));
      expect(res.status).toBe(413);
    });
  });

  describe('route-specific body limits', () => {
    const csv = (bytes: number) => `email,firstName\n${'x'.repeat(bytes - 16)}\n`;

    it('When a 1 MB CSV is imported through the gateway, then it reaches recruitment whole although HTTP_BODY_LIMIT is 2 kB', async () => {
      const body = csv(1024 * 1024);
      const res = await request(api)
        .post('/api/recruitment/v1/imports/candidates?territoryId=rennes')
        .set(bearer(await userToken('rennes', 'manager')))
        .set('content-type', 'text/csv')
        .send(body);
      expect(res.status).toBe(200);
      const seen = echo.seen.at(-1);
      expect(seen?.url).toBe('/v1/imports/candidates?territoryId=rennes');
      expect(seen?.body.length).toBe(body.length);
      expect(seen?.body).toBe(body);
    });

    it("When a CSV is larger than recruitment's documented 2 MB, or another route's body is larger than HTTP_BODY_LIMIT, then 413 at the edge", async () => {
      const token = await userToken('rennes', 'manager');
      const before = count('/v1/imports/volunteers');
      const big = await request(api)
        .post('/api/recruitment/v1/imports/volunteers?territoryId=rennes')
        .set(bearer(token))
        .set('content-type', 'text/csv')
        .send(csv(2 * 1024 * 1024 + 1));
      expect(big.status).toBe(413);
      expect(count('/v1/imports/volunteers')).toBe(before);
      const json = await request(api)
        .post('/api/recruitment/v1/volunteers')
        .set(bearer(token))
        .set('content-type', 'application/json')
        .send(JSON.stringify({ x: 'y'.repeat(5000) }));
      expect(json.status).toBe(413);
    });
  });

  describe('rate limits', () => {
    it('When one IP applies more than 3 times a minute, then 429 problem+json with Retry-After, and another IP still may apply', async () => {
      const apply = (ip: string) =>
        request(api).post('/api/recruitment/v1/applications').set('content-type', 'application/json').set('x-forwarded-for', ip).send('{}');
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await apply('198.51.100.7')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await apply('198.51.100.7');
      expect(limited.headers['content-type']).toMatch(/problem\+json/);
      expect(limited.body.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect((await apply('198.51.100.8')).status).toBe(200);
    });
  });

  describe('CORS and headers', () => {
    it("When the console's origin sends a preflight, then it is allowed", async () => {
      const res = await request(api)
        .options('/api/recruitment/v1/candidates')
        .set('origin', CONSOLE)
        .set('access-control-request-method', 'GET')
        .set('access-control-request-headers', 'authorization');
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(CONSOLE);
      expect(res.headers['access-control-allow-headers']).toContain('authorization');
    });

    it('When another origin sends a preflight, then 403 and no CORS header', async () => {
      const res = await request(api)
        .options('/api/recruitment/v1/candidates')
        .set('origin', 'https://evil.example')
        .set('access-control-request-method', 'GET');
      expect(res.status).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it("When another origin reads a response, then the upstream's own CORS header is dropped and none is added", async () => {
      const res = await request(api)
        .get('/api/impact/v1/territories/rennes/application-count')
        .set('origin', 'https://evil.example')
        .set(bearer(await userToken('rennes', 'manager')));
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const ok = await request(api)
        .get('/api/impact/v1/territories/rennes/application-count')
        .set('origin', CONSOLE)
        .set(bearer(await userToken('rennes', 'manager')));
      expect(ok.headers['access-control-allow-origin']).toBe(CONSOLE);
      expect(ok.headers['access-control-expose-headers']).toContain('x-total-count');
    });

    it('When any response is sent, then security headers are set', async () => {
      const res = await request(api).get('/healthz');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-powered-by']).toBeUndefined();
    });
  });

  describe('OpenAPI', () => {
    it('When the document and its page are requested, then both are served without a token', async () => {
      const doc = await request(api).get('/api/openapi.json');
      expect(doc.status).toBe(200);
      expect(doc.body.openapi).toBe('3.1.0');
      expect(Object.keys(doc.body.paths)).toContain('/api/recruitment/v1/applications');
      const page = await request(api).get('/api/docs');
      expect(page.status).toBe(200);
      expect(page.text).toContain('<script src="/api/docs/docs.js"></script>');
      expect((await request(api).get('/api/docs/docs.js')).text).toContain("fetch('/api/openapi.json')");
    });

    it('When the page loads Swagger UI, then its files come from the gateway itself, under the CSP of self only', async () => {
      const page = await request(api).get('/api/docs');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.text).not.toMatch(/<script>|https?:\/\//);
      for (const file of ['swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'swagger-ui.css']) {
        const res = await request(api).get(`/api/docs/${file}`);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(file.endsWith('.css') ? /text\/css/ : /javascript/);
      }
    });

    it('When services answer with their documents, then they are merged under /api/<service>, a service that is down is named, and the edge adds 429', async () => {
      const doc = (await request(api).get('/api/openapi.json')).body;
      // impact's stand-in serves the same document: the repeated operation id is prefixed with the later service.
      expect(doc.paths['/api/impact/v1/applications'].post.operationId).toBe('apply');
      expect(doc.paths['/api/recruitment/v1/applications'].post).toMatchObject({
        operationId: 'recruitment.apply',
        'x-summary-en': 'Apply',
      });
      expect(doc.paths['/api/recruitment/v1/applications'].post.responses['429']).toBeDefined();
      expect(doc.info['x-unavailable-services']).toEqual(['matching']);
      expect(doc.paths['/api/partners/webhooks/deliveries'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
        expect.arrayContaining(['_start', '_end', '_sort', 'id', 'status']),
      );
    });

    it('When every route of the gateway is walked, then each is in the document with its method and path parameters', async () => {
      const doc = (await request(api).get('/api/openapi.json')).body;
      // The services' operations are proxied by one middleware, not routes: each service's own spec checks them.
      const served = expressRoutes(gateway.httpApp());
      expect(served).toEqual(
        expect.arrayContaining([
          { method: 'DELETE', path: '/api/partners/webhooks/:id' },
          { method: 'POST', path: '/api/recruitment/v1/applications' },
          { method: 'GET', path: '/api/scheduling/v1/calendar-feeds/:token' },
        ]),
      );
      // The HTML pages (the public pages, the console's shell and config) are pages, not API
      // operations: none of them is under /api.
      const pages = [...PUBLIC_PAGE_PATHS, ...served.map((r) => r.path).filter((p) => p === '/console' || p.startsWith('/console/'))];
      expect(pages.filter((p) => p.startsWith('/api'))).toEqual([]);
      expect(pages).toEqual(expect.arrayContaining(['/apply/:lang', '/console/config.json']));
      const ignore = ['/healthz', '/readyz', ...pages];
      expect(undocumentedRoutes(served, doc, { ignore, servedAsDocumented: false })).toEqual([]);
      // And the check sees a gateway route that is not in the document.
      expect(
        undocumentedRoutes([...served, { method: 'GET', path: '/api/partners/secret' }], doc, { ignore, servedAsDocumented: false }),
      ).toEqual(['GET /api/partners/secret: not documented']);
    });
  });
});

describe('gateway: the public badge verification pass-through', () => {
  let resources: Awaited<ReturnType<typeof startEcho>>;
  let gateway: ReturnType<typeof createGateway>;
  let api: string;

  beforeAll(async () => {
    resources = await startEcho({ openapi: '3.1.0', info: { title: 'Binôme resources', version: '1.0.0' }, paths: {} });
    const config = loadGatewayConfig({ ...testServiceEnv('gateway'), UPSTREAMS: `resources=${resources.url}` });
    gateway = createGateway(config, pino({ level: 'silent' }), {
      group: uniqueId('gw-'),
      referralsTopic: `binome.referrals.v1.test-${uniqueId()}`,
    });
    api = `http://127.0.0.1:${(await gateway.start()).httpPort}`;
  });

  afterAll(async () => {
    await gateway.connection().dropDatabase();
    await gateway.stop();
    await new Promise((r) => resources.server.close(r));
  });

  it('When anyone GETs a public badge path, then it reaches resources without a token and without the Authorization header; other resources paths and other methods need a token', async () => {
    const token = await userToken('rennes', 'manager');
    const res = await request(api).get('/api/resources/v1/public/jwks').set(bearer(token));
    expect({ status: res.status, url: res.body.url }).toEqual({ status: 200, url: '/v1/public/jwks' });
    expect(resources.seen.at(-1)?.headers.authorization).toBeUndefined();
    expect((await request(api).get('/api/resources/v1/public/credentials/3f1c2e4a-0000-5000-a000-000000000000')).status).toBe(200);
    const before = resources.seen.length;
    expect((await request(api).post('/api/resources/v1/public/jwks').send({})).status).toBe(401);
    expect((await request(api).get('/api/resources/v1/badges')).status).toBe(401);
    expect(resources.seen.length).toBe(before);
  });
});
