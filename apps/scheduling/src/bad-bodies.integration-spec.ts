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
import { createSchedulingService } from './scheduling.service';

/**
 * Bad input is a 4xx problem+json, never a 500: every route of the running app (listed from it)
 * receives bodies whose Content-Encoding (gzip, deflate, br) does not match their bytes.
 */
describe('scheduling: garbage compressed bodies on every route', () => {
  const service = createSchedulingService(testServiceConfig('scheduling'), pino({ level: 'silent' }), {
    pairsGroup: uniqueId('scheduling-'),
    matchingTopic: `binome.matching.v1.test-${uniqueId()}`,
    surveysGroup: uniqueId('scheduling-surveys-'),
    impactTopic: `binome.impact.v1.test-${uniqueId()}`,
  });
  let api: string;

  beforeAll(async () => {
    ({ api } = await startInProcess(service));
  });

  afterAll(() => stopInProcess(service));

  it('When a route receives a body that is not the compressed data its Content-Encoding claims, then it answers 4xx problem+json, never 5xx', async () => {
    const routes = expressRoutes(service.httpApp()).filter((r) => r.path.startsWith('/v1/'));
    expect(routes.length).toBeGreaterThan(5);
    const outcomes = await sendGarbageToWriteRoutes(api, routes, {
      token: await userToken('rennes', 'manager'),
      methods: new Set(routes.map((r) => r.method)),
      contentTypes: ['application/json'],
    });
    expect(badBodyReport('scheduling', outcomes)).toEqual([]);
  });
});
