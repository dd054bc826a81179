import pino from 'pino';
import {
  badBodyReport,
  expressRoutes,
  sendGarbageToWriteRoutes,
  startInProcess,
  stopInProcess,
  testServiceConfig,
  userToken,
  WRITE_METHODS,
} from '@binome/testing';
import { createRecruitmentService } from './recruitment.service';

/**
 * Bad input is a 4xx problem+json, never a 500: every write route of recruitment (listed from the
 * running app, not by hand) receives bodies whose Content-Encoding (gzip, deflate, br) does not
 * match their bytes, as JSON and as CSV (the imports), with a real Rennes manager's token.
 */
describe('recruitment: garbage compressed bodies on every write route', () => {
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }));
  let api: string;

  beforeAll(async () => {
    ({ api } = await startInProcess(service));
  });

  afterAll(() => stopInProcess(service));

  it('When a write route receives a body that is not the compressed data its Content-Encoding claims, then it answers 4xx problem+json, never 5xx', async () => {
    const routes = expressRoutes(service.httpApp());
    const writes = routes.filter((r) => WRITE_METHODS.has(r.method));
    // The walk found the service's routes, public and authenticated, and both CSV imports.
    expect(writes.length).toBeGreaterThan(20);
    expect(writes).toEqual(
      expect.arrayContaining([
        { method: 'POST', path: '/v1/applications' },
        { method: 'POST', path: '/v1/imports/candidates' },
        { method: 'POST', path: '/v1/imports/volunteers' },
      ]),
    );
    const outcomes = await sendGarbageToWriteRoutes(api, routes, {
      token: await userToken('rennes', 'manager'),
      query: 'territoryId=rennes',
    });
    expect(badBodyReport('recruitment', outcomes)).toEqual([]);
  });
});
