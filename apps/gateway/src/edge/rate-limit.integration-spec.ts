import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import pino from 'pino';
import { testServiceEnv, uniqueId } from '@binome/testing';
import { loadGatewayConfig } from '../gateway.config';
import { createGateway } from '../gateway.service';

/** A stand-in for recruitment: every application is accepted. */
async function startEcho(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('rate limits at the edge, held in the shared database', () => {
  let echo: Awaited<ReturnType<typeof startEcho>>;
  const started: ReturnType<typeof createGateway>[] = [];

  /** A gateway on port 0; gateways given the same database are replicas of one deployment. */
  async function gateway(database: string, env: Record<string, string> = {}): Promise<string> {
    const config = loadGatewayConfig({
      ...testServiceEnv('gateway', { LOG_LEVEL: 'silent', MONGO_DB: database }),
      UPSTREAMS: `recruitment=${echo.url}`,
      RATE_LIMIT_APPLICATIONS_PER_MINUTE: '3',
      ...env,
    });
    const g = createGateway(config, pino({ level: 'silent' }), {
      group: uniqueId('gw-rl-'),
      referralsTopic: `binome.referrals.v1.test-${uniqueId()}`,
    });
    started.push(g);
    return `http://127.0.0.1:${(await g.start()).httpPort}`;
  }

  const apply = (api: string, forwardedFor?: string) => {
    const r = request(api).post('/api/recruitment/v1/applications').set('content-type', 'application/json');
    return (forwardedFor ? r.set('x-forwarded-for', forwardedFor) : r).send('{}');
  };

  beforeAll(async () => {
    echo = await startEcho();
  });

  afterAll(async () => {
    for (const g of started) {
      await g
        .connection()
        .dropDatabase()
        .catch(() => undefined);
      await g.stop();
    }
    await new Promise((r) => echo.server.close(r));
  });

  it('When one client alternates between two gateway instances, then they share one limit (3 a minute in all, not 3 each) and say so in RateLimit headers', async () => {
    const database = `test_gateway_${uniqueId('')}`;
    const [a, b] = [await gateway(database), await gateway(database)];
    const answers = [];
    for (const api of [a, b, a, b, a]) answers.push(await apply(api));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
    expect(answers[0].headers['ratelimit-policy']).toContain('"applications";q=3;w=60');
    expect(answers[0].headers['ratelimit-policy']).toContain('"api";q=600;w=60');
    expect(answers.slice(0, 3).map((r) => /"applications";r=(\d+);t=\d+/.exec(String(r.headers.ratelimit))?.[1])).toEqual(['2', '1', '0']);
    const limited = answers[3];
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited.headers.ratelimit).toMatch(/"applications";r=0;t=\d+/);
  });

  it('When a local client invents a new X-Forwarded-For for every request and no proxy is trusted (the default), then it still gets one bucket', async () => {
    const api = await gateway(`test_gateway_${uniqueId('')}`);
    const statuses = [];
    for (let i = 1; i <= 5; i++) statuses.push((await apply(api, `198.51.100.${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('When the configured ingress forwards a chain whose left part the client wrote, then the client is the address the ingress saw', async () => {
    // This test's client stands for the ingress (TRUST_PROXY=127.0.0.1): the right-most address
    // the ingress appended is the client; what the client wrote to its left changes nothing.
    const api = await gateway(`test_gateway_${uniqueId('')}`, { TRUST_PROXY: '127.0.0.1' });
    const statuses = [];
    for (let i = 1; i <= 4; i++) statuses.push((await apply(api, `10.9.9.${i}, 203.0.113.50`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await apply(api, '203.0.113.51')).status).toBe(200);
  });
});
