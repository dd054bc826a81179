import request from 'supertest';
import pino from 'pino';
import { expressRoutes, testServiceConfig, undocumentedRoutes, uniqueId } from '@binome/testing';
import { createSchedulingService } from './scheduling.service';

/** Probes for Kubernetes, not part of the API. */
const PROBES = ['/healthz', '/readyz'];

// The check's own failure on a route added outside route() is proved by apps/impact's fixture.
describe("scheduling's OpenAPI document", () => {
  it('When every route of the app is walked, then each is in the served document with its method and path parameters', async () => {
    const service = createSchedulingService(testServiceConfig('scheduling'), pino({ level: 'silent' }), {
      surveysGroup: uniqueId('scheduling-surveys-'),
      impactTopic: `binome.impact.v1.test-${uniqueId()}`,
    });
    const { httpPort } = await service.start();
    try {
      const doc = (await request(`http://127.0.0.1:${httpPort}`).get('/openapi.json').expect(200)).body;
      expect(doc.openapi).toBe('3.1.0');
      const routes = expressRoutes(service.httpApp());
      expect(routes).toEqual(
        expect.arrayContaining([
          { method: 'POST', path: '/v1/pairs/:pairId/meetings' },
          { method: 'POST', path: '/v1/meetings/:id/attendance' },
          { method: 'GET', path: '/v1/pairs/:pairId/health' },
          { method: 'GET', path: '/v1/triage' },
          { method: 'GET', path: '/v1/pairs/:pairId/ledger' },
        ]),
      );
      expect(undocumentedRoutes(routes, doc, { ignore: PROBES })).toEqual([]);
    } finally {
      await service.context().connection.dropDatabase();
      await service.stop();
    }
  });
});
