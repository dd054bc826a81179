import request from 'supertest';
import pino from 'pino';
import { bearer, inProcessSuite, partnerCompanyBody, partnerOrganisationBody, STAFF, testServiceConfig, uniqueId } from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';

describe('partner organisations and companies against the real database and Keycloak', () => {
  const suite = inProcessSuite(createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' })), STAFF);
  const t = suite.tokens;

  const org = partnerOrganisationBody;
  const company = (overrides: Record<string, unknown> = {}) =>
    partnerCompanyBody({
      sectors: ['transport'],
      hrContacts: [{ name: 'Claire Martin', email: 'claire.martin@sncf.example' }],
      ...overrides,
    });
  const post = (path: string, token: string, body: unknown) =>
    request(suite.api)
      .post(path)
      .set(bearer(token))
      .send(body as object);

  it('When a Rennes manager creates an organisation for Rennes, then it is stored with defaults and readable by id and in the list', async () => {
    const body = org();
    const res = await post('/v1/partner-organisations', t.rennes, body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: body.id,
      _id: body.id,
      territoryId: ['rennes'],
      refersIn: true,
      receivesReferrals: true,
      active: true,
    });
    expect((await request(suite.api).get(`/v1/partner-organisations/${body.id}`).set(bearer(t.rennes))).body.name).toBe('CIREFE');
    const list = await request(suite.api).get('/v1/partner-organisations?kind=language_centre&perPage=100').set(bearer(t.rennes));
    expect(list.headers['x-total-count']).toBeDefined();
    expect(list.body.map((o: { id: string }) => o.id)).toContain(body.id);
  });

  it('When HQ creates a company serving Rennes and Tours, then both managers see it, and each may detach only their own territory', async () => {
    const body = company({ territoryId: ['rennes', 'tours'] });
    expect((await post('/v1/partner-companies', t.hq, body)).status).toBe(201);
    expect((await request(suite.api).get(`/v1/partner-companies/${body.id}`).set(bearer(t.rennes))).status).toBe(200);
    expect((await request(suite.api).get(`/v1/partner-companies/${body.id}`).set(bearer(t.tours))).status).toBe(200);
    const swap = await request(suite.api)
      .patch(`/v1/partner-companies/${body.id}`)
      .set(bearer(t.tours))
      .send({ territoryId: ['tours', 'paris'] });
    expect(swap.status).toBe(403);
    const detach = await request(suite.api)
      .patch(`/v1/partner-companies/${body.id}`)
      .set(bearer(t.tours))
      .send({ territoryId: ['rennes'] });
    expect(detach.status).toBe(200);
    expect(detach.body.territoryId).toEqual(['rennes']);
    expect((await request(suite.api).get(`/v1/partner-companies/${body.id}`).set(bearer(t.tours))).status).toBe(404);
  });

  it('When a Tours manager creates, reads, lists or updates Rennes-only partners, then it is refused or sees nothing', async () => {
    const o = org();
    const c = company();
    await post('/v1/partner-organisations', t.rennes, o);
    await post('/v1/partner-companies', t.rennes, c);
    expect((await post('/v1/partner-organisations', t.tours, org())).status).toBe(403);
    expect((await post('/v1/partner-companies', t.tours, company({ territoryId: ['tours', 'rennes'] }))).status).toBe(403);
    expect((await request(suite.api).get(`/v1/partner-organisations/${o.id}`).set(bearer(t.tours))).status).toBe(404);
    expect((await request(suite.api).get(`/v1/partner-companies/${c.id}`).set(bearer(t.tours))).status).toBe(404);
    expect((await request(suite.api).patch(`/v1/partner-companies/${c.id}`).set(bearer(t.tours)).send({ name: 'Hijacked' })).status).toBe(
      404,
    );
    const list = await request(suite.api).get('/v1/partner-companies?territoryId=rennes').set(bearer(t.tours));
    expect(list.body).toEqual([]);
    expect(list.headers['x-total-count']).toBe('0');
  });

  it('When a company id is taken, then 409', async () => {
    const body = company();
    expect((await post('/v1/partner-companies', t.rennes, body)).status).toBe(201);
    expect((await post('/v1/partner-companies', t.hq, { ...body, territoryId: ['paris'] })).status).toBe(409);
  });

  it('When a manager updates the HR contacts and expected volunteers, then the change is stored', async () => {
    const body = company();
    await post('/v1/partner-companies', t.rennes, body);
    const res = await request(suite.api)
      .patch(`/v1/partner-companies/${body.id}`)
      .set(bearer(t.rennes))
      .send({ expectedVolunteersPerPromotion: 7, hrContacts: [{ name: 'Paul Durand', email: 'PAUL@sncf.example' }] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      expectedVolunteersPerPromotion: 7,
      hrContacts: [{ name: 'Paul Durand', email: 'paul@sncf.example' }],
    });
  });

  it('When react-admin asks for a window sorted by name descending, then it gets that window and the total', async () => {
    const prefix = uniqueId('Z');
    for (const n of ['a', 'b', 'c']) await post('/v1/partner-companies', t.rennes, company({ name: `${prefix} ${n}` }));
    const res = await request(suite.api)
      .get(`/v1/partner-companies?q=${prefix}&_start=0&_end=2&_sort=name&_order=DESC`)
      .set(bearer(t.rennes));
    expect(res.status).toBe(200);
    expect(res.headers['x-total-count']).toBe('3');
    expect(res.body.map((c: { name: string }) => c.name)).toEqual([`${prefix} c`, `${prefix} b`]);
  });

  it.each([
    ['/v1/partner-organisations', 'body.id', { id: 'CIREFE!' }],
    ['/v1/partner-organisations', 'body.territoryId', { territoryId: 'rennes' }],
    ['/v1/partner-organisations', 'body.territoryId', { territoryId: [] }],
    ['/v1/partner-organisations', 'body.territoryId.0', { territoryId: ['lyon'] }],
    ['/v1/partner-organisations', 'body.territoryId', { territoryId: ['rennes', 'rennes'] }],
    ['/v1/partner-organisations', 'body.kind', { kind: 'bank' }],
    ['/v1/partner-organisations', 'body.name', { name: undefined }],
    ['/v1/partner-organisations', 'body.name', { name: 42 }],
    ['/v1/partner-organisations', 'body', { colour: 'red' }],
    ['/v1/partner-organisations', 'body.contacts.0.email', { contacts: [{ name: 'X', email: 'not-an-email' }] }],
    ['/v1/partner-companies', 'body.expectedVolunteersPerPromotion', { expectedVolunteersPerPromotion: 'five' }],
    ['/v1/partner-companies', 'body.expectedVolunteersPerPromotion', { expectedVolunteersPerPromotion: -1 }],
    ['/v1/partner-companies', 'body.hrContacts.0.name', { hrContacts: [{ email: 'a@b.example' }] }],
    ['/v1/partner-companies', 'body.sectors', { sectors: 'transport' }],
    ['/v1/partner-companies', 'body', { kind: 'ngo' }],
  ])('When creating at %s with a bad value, then 400 names %s', async (path, field, overrides) => {
    const base = path.includes('companies') ? company(overrides) : org(overrides);
    const res = await post(path, t.rennes, base);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it.each([
    ['body', {}],
    ['body', { id: 'renamed' }],
    ['body.active', { active: 'yes' }],
  ])('When updating with a bad value, then 400 names %s', async (field, patch) => {
    const body = org();
    await post('/v1/partner-organisations', t.rennes, body);
    const res = await request(suite.api).patch(`/v1/partner-organisations/${body.id}`).set(bearer(t.rennes)).send(patch);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('When the list query carries unknown or bad parameters, then 400 names them', async () => {
    const res = await request(suite.api).get('/v1/partner-companies?colour=red&_start=10&_end=5&perPage=1000').set(bearer(t.rennes));
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['query', 'query.perPage']));
  });

  it('When a body is larger than 100 kB, then 413 and never 500', async () => {
    const res = await post('/v1/partner-companies', t.rennes, company({ name: 'x'.repeat(150_000) }));
    expect(res.status).toBe(413);
  });
});
