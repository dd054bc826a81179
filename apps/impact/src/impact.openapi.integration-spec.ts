import request from 'supertest';
import pino from 'pino';
import { expressRoutes, testServiceConfig, undocumentedRoutes } from '@binome/testing';
import { impactWithUndocumentedRoute } from './fixtures/impact-with-undocumented-route';
import { createImpactService } from './impact.service';

/** Probes for Kubernetes, not part of the API. */
const PROBES = ['/healthz', '/readyz'];
const logger = pino({ level: 'silent' });

describe("impact's OpenAPI document", () => {
  it('When every route of the app is walked, then each is in the served document with its method and path parameters', async () => {
    const service = createImpactService(testServiceConfig('impact'), logger);
    const { httpPort } = await service.start();
    try {
      const doc = (await request(`http://127.0.0.1:${httpPort}`).get('/openapi.json').expect(200)).body;
      expect(doc.openapi).toBe('3.1.0');
      const routes = expressRoutes(service.httpApp());
      expect(routes).toEqual(expect.arrayContaining([{ method: 'GET', path: '/v1/territories/:territoryId/application-count' }]));
      expect(undocumentedRoutes(routes, doc, { ignore: PROBES })).toEqual([]);
    } finally {
      await service.context().connection.dropDatabase();
      await service.stop();
    }
  });

  it('When a route is added without route(), then the check names it', async () => {
    const service = impactWithUndocumentedRoute(testServiceConfig('impact'), logger);
    const { httpPort } = await service.start();
    try {
      const doc = (await request(`http://127.0.0.1:${httpPort}`).get('/openapi.json').expect(200)).body;
      expect(undocumentedRoutes(expressRoutes(service.httpApp()), doc, { ignore: PROBES })).toEqual([
        'GET /v1/territories/{territoryId}/undocumented: not documented',
      ]);
    } finally {
      await service.context().connection.dropDatabase();
      await service.stop();
    }
  });
});
