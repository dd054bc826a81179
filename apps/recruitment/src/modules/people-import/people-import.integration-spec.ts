import request from 'supertest';
import pino from 'pino';
import { bearer, inProcessSuite, partnerCompanyBody, promotionBody, STAFF, testServiceConfig, uniqueId } from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';
import { parseCsv } from './csv';

describe('CSV imports and exports against the real database and Keycloak', () => {
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }));
  const suite = inProcessSuite(service, STAFF);
  const t = suite.tokens;
  let promotionId: string;
  const companyId = uniqueId('manpower-');
  const parisCompanyId = uniqueId('vinci-');

  beforeAll(async () => {
    promotionId = (await request(suite.api).post('/v1/promotions').set(bearer(t.rennes)).send(promotionBody())).body._id;
    await request(suite.api)
      .post('/v1/partner-companies')
      .set(bearer(t.hq))
      .send(partnerCompanyBody({ id: companyId, name: 'Manpower' }))
      .expect(201);
    await request(suite.api)
      .post('/v1/partner-companies')
      .set(bearer(t.hq))
      .send(partnerCompanyBody({ id: parisCompanyId, territoryId: ['paris'], name: 'Vinci' }))
      .expect(201);
  });

  const CANDIDATE_HEADER =
    'firstName,lastName,email,town,protectionStatus,frenchLevel,languages,experience,targetSector,referringPartnerId,consentDataProcessing,consentPartnerSharing,noticeVersion';
  const candidateRow = (email: string, overrides: Partial<Record<string, string>> = {}) => {
    const v = {
      firstName: 'Amal',
      lastName: '"Haddad, née Saleh"',
      email,
      town: 'Rennes',
      protectionStatus: 'refugee',
      frenchLevel: 'A2',
      languages: 'ar:native; fr:basic',
      experience: 'seller|retail|3|SY',
      targetSector: 'commerce',
      referringPartnerId: 'cirefe',
      consentDataProcessing: 'true',
      consentPartnerSharing: 'oui',
      noticeVersion: '2026-01',
      ...overrides,
    };
    return CANDIDATE_HEADER.split(',')
      .map((c) => v[c as keyof typeof v])
      .join(',');
  };
  const csvFile = (header: string, rows: string[]) => [header, ...rows].join('\r\n') + '\r\n';
  const importCsv = (kind: string, token: string, body: string, territoryId = 'rennes') =>
    request(suite.api).post(`/v1/imports/${kind}?territoryId=${territoryId}`).set(bearer(token)).set('content-type', 'text/csv').send(body);
  const emails = (n: number) => Array.from({ length: n }, () => `${uniqueId('p')}@example.org`);
  const listedEmails = async (token: string, query = '') =>
    ((await request(suite.api).get(`/v1/candidates?perPage=100${query}`).set(bearer(token))).body as { contact: { email: string } }[]).map(
      (c) => c.contact.email,
    );

  it('When a good candidates file is imported, then every row is an applied candidate with the partner consent recorded, and a retry imports nothing twice', async () => {
    const [a, b, c] = emails(3);
    const file = csvFile(CANDIDATE_HEADER, [
      candidateRow(a),
      candidateRow(b, { languages: 'fa:native' }),
      candidateRow(c, { referringPartnerId: '' }),
    ]);
    const res = await importCsv('candidates', t.rennes, file);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: 3, alreadyPresent: 0 });
    const listed = (await request(suite.api).get('/v1/candidates?perPage=100&partner=cirefe').set(bearer(t.rennes))).body as {
      contact: { email: string };
    }[];
    const amal = listed.find((x) => x.contact.email === a);
    expect(amal).toMatchObject({
      status: 'applied',
      channel: 'partner_referral',
      identity: { lastName: 'Haddad, née Saleh' },
      languages: [
        { language: 'ar', level: 'native' },
        { language: 'fr', level: 'basic' },
      ],
      experience: [{ trade: 'seller', sector: 'retail', years: 3, country: 'SY' }],
      consent: { dataProcessing: { given: true, noticeVersion: '2026-01' }, partnerSharing: { given: true } },
    });
    expect(await listedEmails(t.rennes, '&language=fa')).toEqual([b]);
    expect(await listedEmails(t.rennes, '&sector=commerce')).toEqual(expect.arrayContaining([a, b, c]));

    const retry = await importCsv('candidates', t.rennes, file);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ created: 0, alreadyPresent: 3, ids: res.body.ids });
    expect((await listedEmails(t.rennes)).filter((e) => [a, b, c].includes(e))).toHaveLength(3);
  });

  it('When a candidates file has bad rows, then 400 names every line and field and nothing is imported', async () => {
    const [good, bad1, bad2, bad3, dup] = emails(5);
    const file = csvFile(CANDIDATE_HEADER, [
      candidateRow(good),
      candidateRow('not-an-email'),
      candidateRow(bad1, { consentDataProcessing: '' }),
      candidateRow(bad2, { noticeVersion: 'v1', frenchLevel: 'Z9' }),
      candidateRow(bad3, { languages: 'ar:expert' }),
      candidateRow(dup),
      candidateRow(dup),
    ]);
    const res = await importCsv('candidates', t.rennes, file);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.detail).toContain('nothing was imported');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'line 3: email',
        'line 4: consentDataProcessing',
        'line 5: noticeVersion',
        'line 5: frenchLevel',
        'line 6: languages',
        'line 8: email',
      ]),
    );
    expect(fields).not.toContain('line 2: email');
    expect(await listedEmails(t.rennes)).not.toContain(good);
  });

  it('When a row carries an email that already applied online, then the whole file is refused naming that line', async () => {
    const direct = await request(suite.api)
      .post('/v1/applications')
      .send({
        territoryId: 'rennes',
        firstName: 'A',
        lastName: 'B',
        email: emails(1)[0],
        town: 'Rennes',
        protectionStatus: 'refugee',
        frenchLevel: 'B1',
        channel: 'website',
        consent: { dataProcessing: true, partnerSharing: false, noticeVersion: '2026-01' },
      });
    expect(direct.status).toBe(201);
    const appliedEmail = (await request(suite.api).get(`/v1/candidates/${direct.body.id}`).set(bearer(t.rennes))).body.contact.email;
    const clash = await importCsv(
      'candidates',
      t.rennes,
      csvFile(CANDIDATE_HEADER, [candidateRow(emails(1)[0]), candidateRow(appliedEmail)]),
    );
    expect(clash.status).toBe(400);
    expect(clash.body.errors).toEqual([{ field: 'line 3: email', message: expect.stringContaining('already exists') }]);
  });

  it.each([
    ['an unknown column', `${CANDIDATE_HEADER},colour`, 400, 'line 1: colour'],
    ['a missing required column', CANDIDATE_HEADER.replace(',noticeVersion', ''), 400, 'line 1: noticeVersion'],
    ['an unclosed quote', `${CANDIDATE_HEADER}\r\n"Amal,x`, 400, 'line 2'],
    ['a header only', CANDIDATE_HEADER, 400, 'file'],
  ])('When the file has %s, then it is refused naming where', async (_what, file, statusCode, field) => {
    const res = await importCsv('candidates', t.rennes, file);
    expect(res.status).toBe(statusCode);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("When a row has the wrong number of fields or a territory other than the import's, then its line is named", async () => {
    const file = `${CANDIDATE_HEADER},territoryId\r\n${candidateRow(emails(1)[0])},tours\r\n${candidateRow(emails(1)[0])}\r\n`;
    const res = await importCsv('candidates', t.rennes, file);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['line 2: territoryId', 'line 3: row']);
  });

  it('When the file is over 2 MB or 2,000 rows, then 413 and nothing is imported', async () => {
    const big = csvFile(CANDIDATE_HEADER, [candidateRow(emails(1)[0], { firstName: 'x'.repeat(2_100_000) })]);
    expect((await importCsv('candidates', t.rennes, big)).status).toBe(413);
    const many = csvFile(
      CANDIDATE_HEADER,
      Array.from({ length: 2_001 }, (_, i) => candidateRow(`many${i}@example.org`)),
    );
    const res = await importCsv('candidates', t.rennes, many);
    expect(res.status).toBe(413);
    expect(await listedEmails(t.rennes)).not.toContain('many0@example.org');
  });

  it('When the query or media type is wrong, or a Tours manager imports into Rennes, then 4xx and never 500', async () => {
    const file = csvFile(CANDIDATE_HEADER, [candidateRow(emails(1)[0])]);
    expect(
      (await request(suite.api).post('/v1/imports/candidates').set(bearer(t.rennes)).set('content-type', 'text/csv').send(file)).body
        .errors[0].field,
    ).toBe('query.territoryId');
    expect(
      (await request(suite.api).post('/v1/imports/candidates?territoryId=rennes').set(bearer(t.rennes)).send({ rows: [] })).status,
    ).toBe(415);
    expect((await importCsv('candidates', t.tours, file)).status).toBe(403);
    expect((await importCsv('volunteers', t.tours, file)).status).toBe(403);
    expect((await importCsv('candidates', t.rennes, file, 'lyon')).status).toBe(400);
  });

  const VOLUNTEER_HEADER =
    'promotionId;companyId;firstName;lastName;email;jobTitle;sector;trade;workplaceAddress;workplaceTown;languages;availability;strengths;capacity;awarenessSessionDate;commitmentAccepted;commitmentPlannedDays';
  const volunteerRow = (email: string, o: Partial<Record<string, string>> = {}) => {
    const v = {
      promotionId,
      companyId,
      firstName: 'Luc',
      lastName: 'Morel',
      email,
      jobTitle: 'Recruteur',
      sector: 'interim',
      trade: 'M1502',
      workplaceAddress: '"2 rue de Paris; 3e étage"',
      workplaceTown: 'Rennes',
      languages: 'en:fluent',
      availability: 'mon-am|tue-pm',
      strengths: 'CV|INTERVIEW',
      capacity: '2',
      awarenessSessionDate: '2026-10-01',
      commitmentAccepted: 'oui',
      commitmentPlannedDays: '3,5',
      ...o,
    };
    return VOLUNTEER_HEADER.split(';')
      .map((c) => v[c as keyof typeof v])
      .join(';');
  };

  it('When a good volunteers file (French Excel, semicolons) is imported twice, then each volunteer is enrolled once', async () => {
    const [a, b] = emails(2);
    const file = csvFile(VOLUNTEER_HEADER, [volunteerRow(a), volunteerRow(b, { capacity: '' })]);
    const res = await importCsv('volunteers', t.rennes, file);
    expect(res.status).toBe(201);
    expect(res.body.created).toBe(2);
    const listed = (await request(suite.api).get(`/v1/volunteers?promotionId=${promotionId}&perPage=100`).set(bearer(t.rennes))).body;
    const luc = listed.find((v: { contact: { email: string } }) => v.contact.email === a);
    expect(luc).toMatchObject({
      status: 'enrolled',
      trained: false,
      capacity: 2,
      commitment: { plannedDays: 3.5 },
      workplace: { address: '2 rue de Paris; 3e étage' },
    });
    expect((await importCsv('volunteers', t.rennes, file)).body).toMatchObject({ created: 0, alreadyPresent: 2 });
    expect((await request(suite.api).get(`/v1/volunteers?promotionId=${promotionId}`).set(bearer(t.rennes))).headers['x-total-count']).toBe(
      String(listed.length),
    );
  });

  it('When volunteer rows name a company outside the territory or commit over 3.5 days, then 400 names those lines and nothing is imported', async () => {
    const [ok, far, long] = emails(3);
    const res = await importCsv(
      'volunteers',
      t.rennes,
      csvFile(VOLUNTEER_HEADER, [
        volunteerRow(ok),
        volunteerRow(far, { companyId: parisCompanyId }),
        volunteerRow(long, { commitmentPlannedDays: '4' }),
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['line 3: companyId', 'line 4: commitmentPlannedDays']);
    const listed = (await request(suite.api).get(`/v1/volunteers?promotionId=${promotionId}&perPage=100`).set(bearer(t.rennes))).body;
    expect(listed.map((v: { contact: { email: string } }) => v.contact.email)).not.toContain(ok);
  });

  it("When candidates are exported, then the file has a BOM, only the caller's territory, and formula-looking cells are neutralised", async () => {
    const [mine, theirs] = emails(2);
    await importCsv(
      'candidates',
      t.rennes,
      csvFile(CANDIDATE_HEADER, [candidateRow(mine, { firstName: '"=HYPERLINK(""http://evil.example"",""x"")"', lastName: '@SUM(A1)' })]),
    );
    await importCsv('candidates', t.tours, csvFile(CANDIDATE_HEADER, [candidateRow(theirs)]), 'tours');
    const res = await request(suite.api)
      .get('/v1/exports/candidates.csv?partner=cirefe')
      .set(bearer(t.rennes))
      .buffer(true)
      .parse((r, cb) => {
        let data = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (data += c));
        r.on('end', () => cb(null, data));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = res.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(mine);
    expect(text).not.toContain(theirs);
    const rows = parseCsv(text).map((r) => r.fields);
    const header = rows[0];
    const row = rows.find((r) => r.includes(mine)) as string[];
    expect(row[header.indexOf('firstName')]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row[header.indexOf('lastName')]).toBe(`'@SUM(A1)`);
    expect(rows.slice(1).every((r) => r[header.indexOf('territoryId')] === 'rennes')).toBe(true);
    const toursExport = await request(suite.api).get('/v1/exports/candidates.csv?territoryId=rennes').set(bearer(t.tours));
    expect(toursExport.text).not.toContain(mine);
  });

  it('When volunteers are exported by a Tours manager, then no Rennes volunteer is in the file; a Rennes manager gets theirs', async () => {
    const [a] = emails(1);
    await importCsv('volunteers', t.rennes, csvFile(VOLUNTEER_HEADER, [volunteerRow(a)]));
    const theirs = await request(suite.api).get(`/v1/exports/volunteers.csv?promotionId=${promotionId}`).set(bearer(t.tours));
    expect(theirs.status).toBe(200);
    expect(theirs.text).not.toContain(a);
    const mine = await request(suite.api).get(`/v1/exports/volunteers.csv?promotionId=${promotionId}`).set(bearer(t.rennes));
    expect(mine.text).toContain(a);
    expect((await request(suite.api).get('/v1/exports/volunteers.csv?status=asleep').set(bearer(t.rennes))).status).toBe(400);
  });
});
