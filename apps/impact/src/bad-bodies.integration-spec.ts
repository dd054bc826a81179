import pino from 'pino';
import {
  badBodyReport,
  expressRoutes,
  sendGarbageToWriteRoutes,
  startInProcess,
  stopInProcess,
  testServiceConfig,
  uniqueId,
  userToken,
} from '@binome/testing';
import { createImpactService } from './impact.service';

/**
 * Bad input is a 4xx problem+json, never a 500. Impact has no write route yet, but the shared
 * JSON parser reads a body on any method: every route (listed from the running app) receives
 * bodies whose Content-Encoding (gzip, deflate, br) does not match their bytes.
 */
describe('impact: garbage compressed bodies on every route', () => {
  const service = createImpactService(testServiceConfig('impact'), pino({ level: 'silent' }), {
    group: uniqueId('impact-'),
    recruitmentTopic: `binome.recruitment.v1.test-${uniqueId()}`,
  });
  let api: string;

  beforeAll(async () => {
    ({ api } = await startInProcess(service));
  });

  afterAll(() => stopInProcess(service));

  it('When a route receives a body that is not the compressed data its Content-Encoding claims, then it answers 4xx problem+json, never 5xx', async () => {
    const routes = expressRoutes(service.httpApp()).filter((r) => r.path.startsWith('/v1/'));
    expect(routes.length).toBeGreaterThan(0);
    // JSON only: a read route rightly ignores a body it does not parse (text/csv).
    const outcomes = await sendGarbageToWriteRoutes(api, routes, {
      token: await userToken('rennes', 'manager'),
      methods: new Set(routes.map((r) => r.method)),
      contentTypes: ['application/json'],
    });
    expect(badBodyReport('impact', outcomes)).toEqual([]);
  });
});
