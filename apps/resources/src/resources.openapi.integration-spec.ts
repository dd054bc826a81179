import request from 'supertest';
import pino from 'pino';
import { expressRoutes, testServiceConfig, undocumentedRoutes } from '@binome/testing';
import { createResourcesService } from './resources.service';

/** Probes for Kubernetes, not part of the API. */
const PROBES = ['/healthz', '/readyz'];

describe("resources' OpenAPI document", () => {
  it('When every route of the app is walked, then each is in the served document with its method and path parameters', async () => {
    const service = createResourcesService(testServiceConfig('resources'), pino({ level: 'silent' }));
    const { httpPort } = await service.start();
    try {
      const doc = (await request(`http://127.0.0.1:${httpPort}`).get('/openapi.json').expect(200)).body;
      expect(doc.openapi).toBe('3.1.0');
      const routes = expressRoutes(service.httpApp());
      expect(routes).toEqual(expect.arrayContaining([{ method: 'POST', path: '/v1/resources/:id/files' }]));
      expect(undocumentedRoutes(routes, doc, { ignore: PROBES })).toEqual([]);
      // The upload is documented as bytes, not JSON.
      expect(Object.keys(doc.paths['/v1/resources/{id}/files'].post.requestBody.content)).toEqual(['application/octet-stream']);
    } finally {
      await service.context().connection.dropDatabase();
      await service.stop();
    }
  });
});
