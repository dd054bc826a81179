import request from 'supertest';
import pino from 'pino';
import { bearer, expressRoutes, testServiceConfig, uniqueId, undocumentedRoutes, userToken } from '@binome/testing';
import { PartnerCompanyView, PartnerOrganisationView } from './modules/organisations/organisations.views';
import { PromotionView } from './modules/promotions/promotion.views';
import { ReferentView } from './modules/referents/referent.views';
import { createRecruitmentService } from './recruitment.service';

/**
 * Recruitment called the way react-admin's json-server data provider calls it: getList with
 * `_start/_end/_sort/_order` and filters as plain parameters (total in X-Total-Count), getMany
 * with `id=a&id=b`, update with PUT; and its OpenAPI document against every route it serves.
 */
const application = (identity: { firstName: string; lastName: string }) => ({
  territoryId: 'rennes',
  ...identity,
  email: `${uniqueId('ra.')}@example.org`,
  town: 'Rennes',
  protectionStatus: 'refugee',
  languages: [{ language: 'fa', level: 'native' }],
  frenchLevel: 'B1',
  experience: [{ trade: 'Accountant', sector: 'Finance', years: 6, country: 'AF' }],
  targetSector: 'Finance',
  channel: 'website',
  consent: { dataProcessing: true, partnerSharing: false, noticeVersion: '2026-01' },
});

describe('recruitment for the react-admin console, against the real database and Keycloak', () => {
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }));
  let api: string;
  let rennes: string;
  let tours: string;
  const tag = uniqueId('').slice(0, 6);

  beforeAll(async () => {
    api = `http://127.0.0.1:${(await service.start()).httpPort}`;
    [rennes, tours] = await Promise.all([userToken('rennes', 'manager'), userToken('tours', 'manager')]);
  });

  afterAll(async () => {
    await service.context().connection.dropDatabase();
    await service.stop();
  });

  const getList = (path: string, token = rennes) => request(api).get(path).set(bearer(token));
  const ids = (res: { body: { id: string }[] }) => res.body.map((r) => r.id);

  it('When companies are listed with _start/_end/_sort/_order, a filter and q, then one sorted page of the matches and their total', async () => {
    const names = ['Alpha', 'Bravo', 'Charlie'].map((n) => `${tag} ${n}`);
    for (const [i, name] of names.entries()) {
      const res = await request(api)
        .post('/v1/partner-companies')
        .set(bearer(rennes))
        .send({ id: `${tag}-c${i}`, territoryId: ['rennes'], name, active: i !== 1 });
      expect(res.status).toBe(201);
    }
    for (const c of (await getList(`/v1/partner-companies?q=${tag}`)).body)
      expect(PartnerCompanyView.safeParse(c).error?.issues ?? []).toEqual([]);
    const org = await request(api)
      .post('/v1/partner-organisations')
      .set(bearer(rennes))
      .send({ id: `${tag}-o`, territoryId: ['rennes'], name: 'CIREFE', kind: 'ngo', website: 'https://example.org/' });
    expect(PartnerOrganisationView.safeParse(org.body).error?.issues ?? []).toEqual([]);
    const page = await getList(
      `/v1/partner-companies?active=true&q=${encodeURIComponent(tag.toUpperCase())}&_start=0&_end=1&_sort=name&_order=DESC`,
    );
    expect(page.status).toBe(200);
    expect(page.headers['x-total-count']).toBe('2');
    expect(page.body.map((c: { name: string }) => c.name)).toEqual([names[2]]);
    // `q` is literal text anchored at the start: no regular expression, no match in the middle.
    expect((await getList(`/v1/partner-companies?q=${encodeURIComponent('.*')}`)).body).toEqual([]);
    expect((await getList('/v1/partner-companies?q=Bravo')).headers['x-total-count']).toBe('0');
  });

  it('When the console asks for companies by id (getMany), then exactly those, within the caller’s reach', async () => {
    const many = await getList(`/v1/partner-companies?id=${tag}-c0&id=${tag}-c2`);
    expect(ids(many).sort()).toEqual([`${tag}-c0`, `${tag}-c2`]);
    expect((await getList(`/v1/partner-companies?id=${tag}-c0`, tours)).body).toEqual([]);
  });

  it('When the console updates a company with PUT, then it is the PATCH: same validation, same territory rule', async () => {
    const put = await request(api).put(`/v1/partner-companies/${tag}-c1`).set(bearer(rennes)).send({ active: true });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id: `${tag}-c1`, active: true });
    expect((await request(api).put(`/v1/partner-companies/${tag}-c1`).set(bearer(rennes)).send({})).status).toBe(400);
    expect(
      (await request(api).put(`/v1/partner-companies/${tag}-c1`).set(bearer(rennes)).send({ name: 'x', owner: 'me' })).body.errors[0].field,
    ).toBe('body');
    expect((await request(api).put(`/v1/partner-companies/${tag}-c1`).set(bearer(tours)).send({ active: false })).status).toBe(404);
  });

  it('When candidates are searched with q, sorted and fetched by id, then the matches of the caller’s territory only', async () => {
    const lastName = `Zz${tag}`;
    const created: string[] = [];
    for (const firstName of ['Farid', 'Amina']) {
      const res = await request(api).post('/v1/applications').send(application({ firstName, lastName }));
      expect(res.status).toBe(201);
      created.push(res.body.id);
    }
    const found = await getList(`/v1/candidates?q=${lastName.toLowerCase()}&_start=0&_end=10&_sort=id&_order=ASC`);
    expect(found.headers['x-total-count']).toBe('2');
    expect(ids(found)).toEqual([...created].sort());
    const byFirstName = await getList(`/v1/candidates?q=amin&status=applied&territoryId=rennes&_start=0&_end=100`);
    expect(ids(byFirstName)).toContain(created[1]);
    expect(ids(byFirstName)).not.toContain(created[0]);
    expect(ids(await getList(`/v1/candidates?id=${created[0]}&id=${created[1]}`)).sort()).toEqual([...created].sort());
    expect((await getList(`/v1/candidates?id=${created[0]}`, tours)).body).toEqual([]);
    expect((await getList('/v1/candidates?id=not-a-uuid')).body.errors[0].field).toBe('query.id.0');
  });

  it('When Konnecteurs are searched by q and updated with PUT, then the served records are what the document describes', async () => {
    const made = await request(api)
      .post('/v1/konnecteurs')
      .set(bearer(rennes))
      .send({
        territoryId: ['rennes'],
        firstName: 'Louise',
        lastName: `Kk${tag}`,
        email: `${uniqueId('k.')}@example.org`,
        town: 'Rennes',
        phone: '+33 6 00 00 00 00',
      });
    expect(made.status).toBe(201);
    expect(ReferentView.safeParse(made.body).error?.issues ?? []).toEqual([]);
    const found = await getList(`/v1/konnecteurs?q=kk${tag}&_start=0&_end=10&_sort=lastName&_order=ASC`);
    expect(ids(found)).toEqual([made.body.id]);
    expect(ids(await getList(`/v1/konnecteurs?q=louise&id=${made.body.id}`))).toEqual([made.body.id]);
    const put = await request(api).put(`/v1/konnecteurs/${made.body.id}`).set(bearer(rennes)).send({ capacity: 2 });
    expect(put.status).toBe(200);
    expect(put.body.capacity).toBe(2);
    expect(ReferentView.safeParse(put.body).error?.issues ?? []).toEqual([]);
    expect((await request(api).put(`/v1/konnecteurs/${made.body.id}`).set(bearer(rennes)).send({ capacity: 9 })).body.errors[0].field).toBe(
      'body.capacity',
    );
  });

  it('When promotions are listed the console’s way, then filters, q, sort and getMany apply', async () => {
    const made: string[] = [];
    for (const [i, [startsOn, endsOn]] of [
      ['2027-01-10', '2027-07-10'],
      ['2027-02-10', '2027-08-10'],
    ].entries()) {
      const res = await request(api)
        .post('/v1/promotions')
        .set(bearer(rennes))
        .send({ territoryId: 'rennes', name: `${tag} promo ${i}`, startsOn, endsOn });
      expect(res.status).toBe(201);
      made.push(res.body.id);
    }
    const page = await getList(`/v1/promotions?q=${tag}&_start=0&_end=1&_sort=startsOn&_order=ASC&status=planned`);
    // What is served is what the OpenAPI document says (its response schema is this one).
    for (const p of page.body) expect(PromotionView.safeParse(p).error?.issues ?? []).toEqual([]);
    expect(page.headers['x-total-count']).toBe('2');
    expect(ids(page)).toEqual([made[0]]);
    expect(ids(await getList(`/v1/promotions?id=${made[1]}`))).toEqual([made[1]]);
    expect((await getList(`/v1/promotions?_start=0&_end=101`)).status).toBe(400);
  });

  it('When every route of the app is walked, then each is in the served document with its method and path parameters', async () => {
    const doc = (await request(api).get('/openapi.json').expect(200)).body;
    const routes = expressRoutes(service.httpApp());
    expect(routes.length).toBeGreaterThan(40);
    expect(undocumentedRoutes(routes, doc, { ignore: ['/healthz', '/readyz'] })).toEqual([]);
    const ops = Object.values(doc.paths as Record<string, Record<string, { operationId: string; 'x-summary-en': string }>>).flatMap((p) =>
      Object.values(p),
    );
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    expect(ops.filter((o) => !o['x-summary-en'])).toEqual([]);
    // The application form's body is documented from the schema that validates it.
    const apply = doc.paths['/v1/applications'].post;
    expect(Object.keys(apply.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['consent', 'languages', 'availability', 'targetTrade']),
    );
    expect(apply.security).toEqual([]);
  });
});
