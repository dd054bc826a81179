import request from 'supertest';
import pino from 'pino';
import { expressRoutes, testServiceConfig, undocumentedRoutes } from '@binome/testing';
import { startFakeRecruitment, type FakeRecruitment } from './testing/fake-recruitment';
import { createMatchingService } from './matching.service';

const log = pino({ level: 'silent' });

describe("matching's OpenAPI document", () => {
  let recruitment: FakeRecruitment;
  let service: ReturnType<typeof createMatchingService>;
  let api: string;

  beforeAll(async () => {
    recruitment = await startFakeRecruitment(testServiceConfig('matching-fake-recruitment'), log);
    service = createMatchingService(testServiceConfig('matching', { PEERS: `recruitment=${recruitment.address}` }), log);
    api = `http://127.0.0.1:${(await service.start()).httpPort}`;
  });

  afterAll(async () => {
    await service?.context().connection.dropDatabase();
    await service?.stop();
    await recruitment?.stop();
  });

  it('When every route of the app is walked, then each is in the served document with its method and path parameters', async () => {
    const doc = (await request(api).get('/openapi.json').expect(200)).body;
    const routes = expressRoutes(service.httpApp());
    expect(routes.length).toBeGreaterThan(15);
    expect(undocumentedRoutes(routes, doc, { ignore: ['/healthz', '/readyz'] })).toEqual([]);
  });

  it('When the document is read, then every operation has a unique id, French and English summaries, and the body DELETEs are deprecated', async () => {
    const doc = (await request(api).get('/openapi.json')).body as {
      paths: Record<string, Record<string, { operationId: string; summary: string; 'x-summary-en': string; deprecated?: boolean }>>;
    };
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops.filter((o) => !o.summary || !o['x-summary-en'])).toEqual([]);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    expect(doc.paths['/v1/promotions/{promotionId}/pins'].delete.deprecated).toBe(true);
    expect(doc.paths['/v1/promotions/{promotionId}/pins/{beneficiaryId}/{volunteerId}'].delete.deprecated).toBeUndefined();
  });
});
