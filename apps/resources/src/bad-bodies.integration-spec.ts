import pino from 'pino';
import {
  badBodyReport,
  expressRoutes,
  sendGarbageToWriteRoutes,
  startInProcess,
  stopInProcess,
  testServiceConfig,
  userToken,
} from '@binome/testing';
import { createResourcesService } from './resources.service';

/**
 * Bad input is a 4xx problem+json, never a 500: every route of the running app (listed from it)
 * receives bodies whose Content-Encoding (gzip, deflate, br) does not match their bytes, the file
 * upload included.
 */
describe('resources: garbage compressed bodies on every route', () => {
  const service = createResourcesService(testServiceConfig('resources'), pino({ level: 'silent' }));
  let api: string;

  beforeAll(async () => {
    ({ api } = await startInProcess(service));
  });

  afterAll(() => stopInProcess(service));

  it('When a route receives a body that is not the compressed data its Content-Encoding claims, then it answers 4xx problem+json, never 5xx', async () => {
    const routes = expressRoutes(service.httpApp()).filter((r) => r.path.startsWith('/v1/'));
    expect(routes.length).toBeGreaterThan(5);
    const token = await userToken('rennes', 'manager');
    const outcomes = [
      ...(await sendGarbageToWriteRoutes(api, routes, {
        token,
        methods: new Set(routes.map((r) => r.method)),
        contentTypes: ['application/json'],
      })),
      // Bytes of a file type, as the upload reads them (GETs ignore a body of another type).
      ...(await sendGarbageToWriteRoutes(api, routes, { token, contentTypes: ['application/pdf'] })),
    ];
    expect(badBodyReport('resources', outcomes)).toEqual([]);
  });
});
