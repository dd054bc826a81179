import pino from 'pino';
import {
  badBodyReport,
  expressRoutes,
  sendGarbageToWriteRoutes,
  startInProcess,
  testServiceConfig,
  userToken,
  WRITE_METHODS,
} from '@binome/testing';
import { startFakeRecruitment, type FakeRecruitment } from './testing/fake-recruitment';
import { createMatchingService } from './matching.service';

/**
 * Bad input is a 4xx problem+json, never a 500: every write route of matching (listed from the
 * running app, not by hand) receives bodies whose Content-Encoding (gzip, deflate, br) does not
 * match their bytes, with a real Rennes manager's token.
 */
describe('matching: garbage compressed bodies on every write route', () => {
  const log = pino({ level: 'silent' });
  let recruitment: FakeRecruitment;
  let service: ReturnType<typeof createMatchingService>;
  let api: string;

  beforeAll(async () => {
    recruitment = await startFakeRecruitment(testServiceConfig('matching-fake-recruitment'), log);
    service = createMatchingService(testServiceConfig('matching', { PEERS: `recruitment=${recruitment.address}` }), log);
    ({ api } = await startInProcess(service));
  });

  afterAll(async () => {
    await service?.context().connection.dropDatabase();
    await service?.stop();
    await recruitment?.stop();
  });

  it('When a write route receives a body that is not the compressed data its Content-Encoding claims, then it answers 4xx problem+json, never 5xx', async () => {
    const routes = expressRoutes(service.httpApp());
    const writes = routes.filter((r) => WRITE_METHODS.has(r.method));
    expect(writes.length).toBeGreaterThan(8);
    expect(writes).toEqual(
      expect.arrayContaining([
        { method: 'POST', path: '/v1/promotions/:promotionId/konnecteur-assignment' },
        { method: 'PUT', path: '/v1/territories/:territoryId/scoring-weights' },
      ]),
    );
    const outcomes = await sendGarbageToWriteRoutes(api, routes, { token: await userToken('rennes', 'manager') });
    expect(badBodyReport('matching', outcomes)).toEqual([]);
  });
});
