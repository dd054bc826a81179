import request from 'supertest';
import pino from 'pino';
import {
  bearer,
  inProcessSuite,
  minimalApplicationBody,
  partnerCompanyBody,
  partnerOrganisationBody,
  promotionBody,
  testServiceConfig,
  uniqueId,
} from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';
import { parseCsv } from './csv';

/**
 * Issue 12, item 7: control and bidirectional-override characters are refused in identity fields
 * (400 naming the field), online and in CSV imports, while every script's names are kept; and the
 * export's formula guard sees through leading zero-width and full-width characters.
 */
describe('identity fields refuse control and bidi characters; exports neutralise disguised formulas', () => {
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }));
  const suite = inProcessSuite(service, { rennes: ['rennes', 'manager'], hq: ['national', 'hq'] });
  const t = suite.tokens;
  let promotionId: string;
  const companyId = uniqueId('manpower-');

  beforeAll(async () => {
    promotionId = (await request(suite.api).post('/v1/promotions').set(bearer(t.rennes)).send(promotionBody()).expect(201)).body._id;
    await request(suite.api)
      .post('/v1/partner-companies')
      .set(bearer(t.hq))
      .send(partnerCompanyBody({ id: companyId, name: 'Manpower' }))
      .expect(201);
  });

  const application = minimalApplicationBody;
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
  const text = (r: request.Response) => r.text;

  it.each([
    ['NUL in the first name', { firstName: 'Amina\u0000' }, 'body.firstName'],
    ['RLO in the last name', { lastName: 'Haidari\u202Eexe.txt' }, 'body.lastName'],
    ['a lone surrogate in the last name', { lastName: 'Haidari\uD800' }, 'body.lastName'],
    ['an isolate in the town', { town: 'Rennes\u2066' }, 'body.town'],
  ])('When an application carries %s, then 400 problem+json names the field', async (_label, o, field) => {
    const res = await request(suite.api).post('/v1/applications').send(application(o));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(fieldsOf(res.body)).toEqual([field]);
  });

  it('When names are Arabic, Persian with ZWNJ, Tigrinya, Cyrillic or Chinese, then the applications are accepted and stored as given', async () => {
    for (const [firstName, lastName] of [
      ['محمد', 'العلي'],
      ['زهرا', 'می\u200Cخواهم'],
      ['ኣብርሃም', 'ተስፋይ'],
      ['Олександра', 'Шевченко'],
      ['小明', '王'],
    ]) {
      const res = await request(suite.api).post('/v1/applications').send(application({ firstName, lastName }));
      expect(res.status).toBe(201);
      const stored = await request(suite.api).get(`/v1/candidates/${res.body.id}`).set(bearer(t.rennes));
      expect(stored.body.identity).toEqual({ firstName, lastName });
    }
  });

  it('When an organisation, a company, a volunteer or a Konnecteur carries a bidi override or NUL, then 400 names the field', async () => {
    const org = await request(suite.api)
      .post('/v1/partner-organisations')
      .set(bearer(t.hq))
      .send(partnerOrganisationBody({ id: uniqueId('ngo-'), name: 'CIREFE\u202E', kind: 'ngo' }));
    expect(org.status).toBe(400);
    expect(fieldsOf(org.body)).toContain('body.name');
    const company = await request(suite.api)
      .post('/v1/partner-companies')
      .set(bearer(t.hq))
      .send(partnerCompanyBody({ id: uniqueId('co-'), name: 'Acme\u0000' }));
    expect(fieldsOf(company.body)).toContain('body.name');
    const volunteer = await request(suite.api)
      .post('/v1/volunteers')
      .set(bearer(t.rennes))
      .send({
        territoryId: 'rennes',
        promotionId,
        companyId,
        firstName: 'Luc',
        lastName: 'Morel',
        email: `${uniqueId('v.')}@example.org`,
        jobTitle: 'Recruteur\u202E',
        sector: 'interim',
        workplace: { address: '2 rue de Paris', town: 'Ren\u0007nes' },
        commitment: { accepted: true, plannedDays: 3 },
      });
    expect(volunteer.status).toBe(400);
    expect(fieldsOf(volunteer.body).sort()).toEqual(['body.jobTitle', 'body.workplace.town']);
    const konnecteur = await request(suite.api)
      .post('/v1/konnecteurs')
      .set(bearer(t.rennes))
      .send({ territoryId: ['rennes'], firstName: '\u2067Ali', lastName: 'B', email: `${uniqueId('k.')}@example.org`, town: 'Rennes' });
    expect(konnecteur.status).toBe(400);
    expect(fieldsOf(konnecteur.body)).toEqual(['body.firstName']);
  });

  it('When a CSV import row carries an RLO or NUL in a name, then 400 names the line and column and nothing is imported', async () => {
    const header = 'firstName,lastName,email,town,protectionStatus,frenchLevel,consentDataProcessing,noticeVersion';
    const good = `${uniqueId('good.')}@example.org`;
    const file = [
      header,
      `Amal,Haddad,${good},Rennes,refugee,A2,true,2026-01`,
      `Nabil\u202Efdp.exe,Saleh,${uniqueId('b.')}@example.org,Rennes,refugee,A2,true,2026-01`,
      `Ali\u0000,Saleh,${uniqueId('c.')}@example.org,Rennes,refugee,A2,true,2026-01`,
    ].join('\r\n');
    const res = await request(suite.api)
      .post('/v1/imports/candidates?territoryId=rennes&dryRun=false')
      .set(bearer(t.rennes))
      .set('content-type', 'text/csv')
      .send(file);
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(['line 3: firstName', 'line 4: firstName']);
    expect(await request(suite.api).get('/v1/exports/candidates.csv').set(bearer(t.rennes)).then(text)).not.toContain(good);
  });

  it('When a stored name starts with a zero-width or full-width formula character, then the export prefixes the cell with a quote', async () => {
    const disguised = ['\u200B=HYPERLINK("http://evil.example")', '\uFEFF+1', '\u2060-2', '＝SUM(A1)', '＋1', '－1', '＠SUM(A1)'];
    const emails: string[] = [];
    for (const lastName of disguised) {
      const email = `${uniqueId('x.')}@example.org`;
      emails.push(email);
      // Stored as an older import could have stored them (the new rules refuse a leading zero-width).
      await service
        .context()
        .connection.db?.collection('candidates')
        .insertOne({
          _id: uniqueId('cand-') as never,
          territoryId: 'rennes',
          status: 'applied',
          revision: 0,
          identity: { firstName: 'X', lastName },
          contact: { email, town: 'Rennes' },
          protection: { status: 'refugee' },
          frenchLevel: 'A2',
          channel: 'other',
          languages: [],
          experience: [],
          availability: [],
          history: [],
          appliedAt: new Date(),
          consent: {
            dataProcessing: { given: true, at: new Date(), noticeVersion: '2026-01' },
            partnerSharing: { given: false, at: new Date(), noticeVersion: '2026-01' },
          },
        });
    }
    const res = await request(suite.api).get('/v1/exports/candidates.csv').set(bearer(t.rennes));
    expect(res.status).toBe(200);
    const rows = parseCsv(res.text).map((r) => r.fields);
    const col = rows[0].indexOf('lastName');
    const exported = emails.map((e) => rows.find((r) => r.includes(e))?.[col]);
    expect(exported).toEqual(disguised.map((d) => `'${d}`));
  });
});
