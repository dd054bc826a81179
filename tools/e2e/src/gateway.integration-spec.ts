import { bearer, eventually, minimalApplicationBody, uniqueId, userToken } from '@binome/testing';
import { startService, type ServiceProcess } from './platform';

/**
 * Through the edge, with every process real: the gateway (keycloak-connect, rate limits, routing)
 * in front of recruitment and impact. A person applies on the gateway's public route, impact counts
 * the application, and a Tours manager reads the count through the gateway; a Paris manager is
 * refused by impact itself (the gateway forwards, the service decides the territory).
 */
describe('gateway in front of the services, end to end', () => {
  const run = uniqueId('e2egw');
  let recruitment: ServiceProcess;
  let impact: ServiceProcess;
  let gateway: ServiceProcess;

  beforeAll(async () => {
    const env = { LOG_LEVEL: 'warn', KAFKA_GROUP_PREFIX: `${run}-`, NODE_ENV: 'test' };
    [recruitment, impact] = await Promise.all([
      startService('recruitment', { ...env, MONGO_DB: `${run}_recruitment` }),
      startService('impact', { ...env, MONGO_DB: `${run}_impact` }),
    ]);
    gateway = await startService('gateway', {
      ...env,
      MONGO_DB: `${run}_gateway`,
      UPSTREAMS: `recruitment=http://127.0.0.1:${recruitment.httpPort},impact=http://127.0.0.1:${impact.httpPort}`,
      RATE_LIMIT_APPLICATIONS_PER_MINUTE: '2',
    });
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([recruitment?.stop(), impact?.stop()]);
  });

  const at = (path: string) => `http://127.0.0.1:${gateway.httpPort}${path}`;
  const application = () =>
    minimalApplicationBody({ territoryId: 'tours', firstName: 'Samir', lastName: 'Haddad', email: `${uniqueId('gw')}@example.org`, town: 'Tours', languages: [{ language: 'ar', level: 'native' }] });
  const apply = (body: unknown) => fetch(at('/api/recruitment/v1/applications'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('When a person applies through the gateway, then recruitment stores it, impact counts it and a Tours manager reads it through the gateway', async () => {
    const token = await userToken('tours', 'manager');
    const countNow = async () => {
      const r = await fetch(at('/api/impact/v1/territories/tours/application-count'), { headers: bearer(token) });
      expect(r.status).toBe(200);
      return ((await r.json()) as { count: number }).count;
    };
    const before = await countNow();
    const res = await apply(application());
    expect(res.status).toBe(201);
    expect(((await res.json()) as { status: string }).status).toBe('applied');
    await eventually(async () => ((await countNow()) === before + 1 ? true : undefined), 30_000, 'impact to count the application');

    const paris = await fetch(at('/api/impact/v1/territories/tours/application-count'), { headers: bearer(await userToken('paris', 'manager')) });
    expect(paris.status).toBe(403);
    expect(((await paris.json()) as { code: string }).code).toBe('forbidden');
  });

  it("When recruitment refuses an application, then its problem+json comes back through the gateway unchanged", async () => {
    const res = await apply({ ...application(), consent: { dataProcessing: false, partnerSharing: false, noticeVersion: '2026-01' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    const body = (await res.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field)).toContain('body.consent.dataProcessing');
  });

  it('When the same client keeps applying, then the gateway answers 429 before recruitment sees it', async () => {
    const res = await apply(application());
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('When a token is missing for a staff route, then the gateway answers 401 without reaching the service', async () => {
    const res = await fetch(at('/api/recruitment/v1/candidates'));
    expect(res.status).toBe(401);
  });
});
