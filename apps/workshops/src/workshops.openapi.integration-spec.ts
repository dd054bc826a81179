import request from 'supertest';
import pino from 'pino';
import { expressRoutes, testServiceConfig, undocumentedRoutes, uniqueId } from '@binome/testing';
import { createWorkshopsService } from './workshops.service';

/** Probes for Kubernetes, not part of the API. */
const PROBES = ['/healthz', '/readyz'];

// The check's own failure on a route added outside route() is proved by apps/impact's fixture.
describe("workshops' OpenAPI document", () => {
  it('When every route of the app is walked, then each is in the served document with its method and path parameters', async () => {
    const service = createWorkshopsService(testServiceConfig('workshops'), pino({ level: 'silent' }), {
      recruitmentGroup: uniqueId('workshops-'),
      recruitmentTopic: `binome.recruitment.v1.test-${uniqueId()}`,
      meetingsGroup: uniqueId('workshops-'),
      schedulingTopic: `binome.scheduling.v1.test-${uniqueId()}`,
    });
    const { httpPort } = await service.start();
    try {
      const doc = (await request(`http://127.0.0.1:${httpPort}`).get('/openapi.json').expect(200)).body;
      expect(doc.openapi).toBe('3.1.0');
      const routes = expressRoutes(service.httpApp());
      expect(routes).toEqual(
        expect.arrayContaining([
          { method: 'GET', path: '/v1/workshops' },
          { method: 'POST', path: '/v1/sessions' },
          { method: 'POST', path: '/v1/sessions/:id/registrations' },
          { method: 'PUT', path: '/v1/sessions/:id/attendance' },
          { method: 'GET', path: '/v1/beneficiaries/:personId/recommendations' },
          { method: 'POST', path: '/v1/sessions/:id/feedback' },
        ]),
      );
      expect(undocumentedRoutes(routes, doc, { ignore: PROBES })).toEqual([]);
    } finally {
      await service.context().connection.dropDatabase();
      await service.stop();
    }
  });
});
