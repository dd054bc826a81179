import request from 'supertest';
import pino from 'pino';
import {
  badBodyReport,
  bearer,
  expressRoutes,
  fillParams,
  sendGarbageToWriteRoutes,
  startInProcess,
  stopInProcess,
  testServiceConfig,
  uniqueId,
  userToken,
} from '@binome/testing';
import { createWorkshopsService } from './workshops.service';

/**
 * Bad input is a 4xx problem+json, never a 500: every route of the running app (listed from it)
 * receives bodies whose Content-Encoding (gzip, deflate, br) does not match their bytes, and
 * every write route JSON of the wrong shape.
 */
describe('workshops: bad bodies on every route', () => {
  const service = createWorkshopsService(testServiceConfig('workshops'), pino({ level: 'silent' }), {
    recruitmentGroup: uniqueId('workshops-'),
    recruitmentTopic: `binome.recruitment.v1.test-${uniqueId()}`,
    meetingsGroup: uniqueId('workshops-'),
    schedulingTopic: `binome.scheduling.v1.test-${uniqueId()}`,
  });
  let api: string;

  beforeAll(async () => {
    ({ api } = await startInProcess(service));
  });

  afterAll(() => stopInProcess(service));

  it('When a route receives a body that is not the compressed data its Content-Encoding claims, then it answers 4xx problem+json, never 5xx', async () => {
    const routes = expressRoutes(service.httpApp()).filter((r) => r.path.startsWith('/v1/'));
    expect(routes.length).toBeGreaterThan(10);
    const outcomes = await sendGarbageToWriteRoutes(api, routes, {
      token: await userToken('rennes', 'manager'),
      methods: new Set(routes.map((r) => r.method)),
      contentTypes: ['application/json'],
    });
    expect(badBodyReport('workshops', outcomes)).toEqual([]);
  });

  it('When a write route receives JSON of the wrong shape, then it answers 400 or 404 problem+json naming the field, never 5xx', async () => {
    const token = await userToken('rennes', 'manager');
    const writes = expressRoutes(service.httpApp()).filter((r) => r.path.startsWith('/v1/') && r.method !== 'GET');
    const bodies = [[], 'text', { unexpected: true }, { capacity: { beneficiaries: -1 }, usefulness: 9, marks: 'x', code: 12 }];
    const wrong: string[] = [];
    for (const r of writes)
      for (const body of bodies) {
        const url = fillParams(r.path, { id: 'rennes-cv' });
        const agent = request(api);
        const pending = r.method === 'POST' ? agent.post(url) : r.method === 'PUT' ? agent.put(url) : agent.patch(url);
        const res = await pending.set(bearer(token)).send(body as object);
        const ok = res.status >= 400 && res.status < 500 && /problem\+json/.test(res.headers['content-type'] ?? '');
        if (!ok || (res.status === 400 && !(res.body.errors ?? []).length))
          wrong.push(`${r.method} ${r.path} ${JSON.stringify(body)}: ${res.status}`);
      }
    expect(wrong).toEqual([]);
  });
});
