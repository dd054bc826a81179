import {
  interviewBody,
  minimalApplicationBody,
  partnerCompanyBody,
  promotionBody,
  screeningBody,
  tokensOf,
  uniqueId,
  userToken,
  volunteerBody,
} from '@binome/testing';
import { startPlatform, type Platform } from '../../e2e/platform';
import { binomeDataProvider, type BinomeDataProvider } from './data-provider';
import type { ApiError } from './problem';

/**
 * The console's data provider against the real platform: every service as its own process on
 * free ports behind the gateway, real Keycloak tokens, the real database and Kafka.
 */
describe('the data provider over the gateway', () => {
  let platform: Platform;
  let rennes: BinomeDataProvider;
  let paris: BinomeDataProvider;
  let hr: BinomeDataProvider;
  const run = uniqueId('dp');

  const providerFor = (token: () => Promise<string>) => binomeDataProvider({ baseUrl: platform.origin, token });
  const refused = async (p: Promise<unknown>): Promise<ApiError> => {
    try {
      await p;
    } catch (e) {
      return e as ApiError;
    }
    throw new Error('expected the request to be refused');
  };

  beforeAll(async () => {
    platform = await startPlatform({ consoleDir: '/nonexistent' });
    const users = { rennes: ['rennes', 'manager'], paris: ['paris', 'manager'], hr: ['partners', 'hr-sncf'] } as const;
    await tokensOf(users);
    rennes = providerFor(() => userToken('rennes', 'manager'));
    paris = providerFor(() => userToken('paris', 'manager'));
    hr = providerFor(() => userToken('partners', 'hr-sncf'));
  }, 180_000);
  afterAll(() => platform?.stop());

  it('When promotions are created and listed a page at a time, then the total comes from X-Total-Count and the sort is applied', async () => {
    for (const n of [1, 2, 3])
      await rennes.create('promotions', {
        data: promotionBody({ name: `${run} promo ${n}`, startsOn: `2027-0${n}-01`, endsOn: `2027-0${n + 6}-01` }),
      });
    const page = await rennes.getList('promotions', {
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'startsOn', order: 'DESC' },
      filter: { q: run },
    });
    expect(page.total).toBe(3);
    expect(page.data.map((p) => p.name)).toEqual([`${run} promo 3`, `${run} promo 2`]);
    const one = await rennes.getOne('promotions', { id: page.data[0].id });
    expect(one.data).toMatchObject({ id: page.data[0].id, territoryId: 'rennes', status: 'planned' });
  });

  it('When a create is refused, then the problem+json lands on the fields it names, with its detail at the root', async () => {
    const e = await refused(rennes.create('promotions', { data: { territoryId: 'rennes', name: 'x', startsOn: '2027-13-01' } }));
    expect(e.status).toBe(400);
    expect(e.body.errors).toMatchObject({ name: expect.stringContaining('3'), startsOn: expect.any(String), endsOn: 'Required' });
    expect(e.body.errors.root).toEqual({ serverError: expect.stringContaining('body.name') });
  });

  it('When a candidate goes through the four steps by commands, then each step is recorded and an illegal one is a 409 naming the field', async () => {
    const { data: promotion } = await rennes.create('promotions', { data: promotionBody({ name: `${run} intake` }) });
    await rennes.command('promotions', promotion.id, 'transitions', { to: 'recruiting' });
    const { data: candidate } = await rennes.create('candidates', {
      data: minimalApplicationBody({ lastName: `Dp${run}`, housingStable: true, resourcesStable: true }),
    });
    await rennes.command('candidates', candidate.id, 'screening', screeningBody());
    const early = await refused(rennes.command('candidates', candidate.id, 'decision', { outcome: 'admitted', promotionId: promotion.id }));
    expect(early.status).toBe(409);
    expect(Object.keys(early.body.errors)).toContain('status');
    await rennes.command('candidates', candidate.id, 'interview', interviewBody());
    const { data: eligibility } = await rennes.call<{ eligible: boolean }>(
      'recruitment',
      'GET',
      `/v1/candidates/${candidate.id}/eligibility`,
    );
    expect(eligibility.eligible).toBe(true);
    await rennes.command('candidates', candidate.id, 'decision', { outcome: 'admitted', promotionId: promotion.id });
    const { data: read } = await rennes.getOne('candidates', { id: candidate.id });
    expect(read).toMatchObject({ status: 'admitted', promotionId: promotion.id });
    const many = await rennes.getMany('candidates', { ids: [candidate.id] });
    expect(many.data.map((c) => c.id)).toEqual([candidate.id]);
  });

  it('When a Paris manager asks for a Rennes record by id, then it is a 404, and lists leave it out', async () => {
    const { data: candidate } = await rennes.create('candidates', { data: minimalApplicationBody({ lastName: `Far${run}` }) });
    const e = await refused(paris.getOne('candidates', { id: candidate.id }));
    expect(e.status).toBe(404);
    const list = await paris.getList('candidates', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q: `Far${run}` },
    });
    expect(list).toEqual({ data: [], total: 0 });
  });

  it('When company HR reads candidates, then the matrix refuses (403); their company’s volunteers they read', async () => {
    expect(
      (await refused(hr.getList('candidates', { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: {} })))
        .status,
    ).toBe(403);
    const hq = providerFor(() => userToken('national', 'hq'));
    await hq
      .create('partner-companies', { data: partnerCompanyBody({ id: 'sncf', name: 'SNCF' }) })
      .catch((e: ApiError) => expect(e.status).toBe(409));
    const { data: promotion } = await rennes.create('promotions', { data: promotionBody({ name: `${run} hr` }) });
    await rennes.create('volunteers', { data: volunteerBody({ promotionId: promotion.id, companyId: 'sncf', lastName: `Hr${run}` }) });
    const mine = await hr.getList('volunteers', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q: `Hr${run}` },
    });
    expect(mine.data.map((v) => v.companyId)).toEqual(['sncf']);
  });

  it('When an edit changes one field, then only that field is sent and the record comes back changed', async () => {
    const id = uniqueId('co-');
    const { data: company } = await rennes.create('partner-companies', { data: partnerCompanyBody({ id, name: 'Before' }) });
    const { data: updated } = await rennes.update('partner-companies', { id, data: { ...company, name: 'After' }, previousData: company });
    expect(updated).toMatchObject({ id, name: 'After' });
  });

  it('When a CSV import has a bad line, then the line-by-line report names it and nothing is written; the export is CSV', async () => {
    const csv =
      'firstName,lastName,email,town,protectionStatus,frenchLevel,channel,consentDataProcessing,noticeVersion\n' +
      'Amal,Ok,amal.ok@example.org,Rennes,refugee,B1,other,true,2026-01\n' +
      'Bad,Line,not-an-email,Rennes,refugee,Z9,other,true,2026-01\n';
    const e = await refused(rennes.importCsv('candidates', csv, { territoryId: 'rennes', dryRun: true }));
    expect(e.status).toBe(400);
    const fields = (e.body.problem.errors ?? []).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['line 3: email', 'line 3: frenchLevel']));
    expect(fields.some((f) => f.startsWith('line 2'))).toBe(false);
    const exported = await rennes.exportCsv('candidates', { territoryId: 'rennes' });
    expect(exported.split('\n')[0]).toMatch(/lastName|nom/i);
  });

  it('When matching runs for a promotion, then its pairs are a nested list read through the promotion filter', async () => {
    const { data: promotion } = await rennes.create('promotions', { data: promotionBody({ name: `${run} match` }) });
    await rennes.call('matching', 'POST', `/v1/promotions/${promotion.id}/proposals`, { json: { territoryId: 'rennes' } });
    const pairs = await rennes.getList('pairs', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: { promotionId: promotion.id },
    });
    expect(pairs).toEqual({ data: [], total: 0 });
    expect(
      await rennes.getList('pairs', { pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: {} }),
    ).toEqual({ data: [], total: 0 });
  });
});
