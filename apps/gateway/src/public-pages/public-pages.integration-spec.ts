import pino from 'pino';
import { bearer, startService, testServiceEnv, uniqueId, userToken, type ServiceProcess } from '@binome/testing';
import { loadGatewayConfig } from '../gateway.config';
import { createGateway } from '../gateway.service';
import { CHANNELS, FRENCH_LEVELS, GENDER_PREFERENCES, PROTECTION_STATUSES, WEEKLY_SLOTS } from './apply-form';
import { APPLY_CATALOGUES, VOLUNTEER_CATALOGUES } from './catalogue';

interface Candidate {
  id: string;
  identity: { firstName: string; lastName: string };
  languages: { language: string; level: string }[];
  availability: string[];
  channel: string;
  consent: { dataProcessing: { given: boolean; noticeVersion: string }; partnerSharing: { given: boolean; noticeVersion: string } };
}

// The form routes share one budget per client: the specs below post 8 forms before the limit's own.
const LIMIT = 10;

/**
 * The application page on the real platform: recruitment as its own process (its real public
 * route, its database), the gateway in this process, Keycloak for the staff read-back. The form
 * is posted as a browser without JavaScript posts it (urlencoded, then a redirect).
 */
describe('application page → recruitment, without JavaScript', () => {
  const run = uniqueId('apply');
  const recruitmentDb = `test_recruitment_${run}`;
  let recruitment: ServiceProcess;
  let gateway: ReturnType<typeof createGateway>;
  let base: string;
  let manager: string;

  beforeAll(async () => {
    recruitment = await startService('recruitment', {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      MONGO_DB: recruitmentDb,
      KAFKA_GROUP_PREFIX: `${run}-`,
    });
    const config = loadGatewayConfig(
      testServiceEnv('gateway', {
        UPSTREAMS: `recruitment=http://127.0.0.1:${recruitment.httpPort}`,
        RATE_LIMIT_APPLICATIONS_PER_MINUTE: String(LIMIT),
      }),
    );
    gateway = createGateway(config, pino({ level: 'silent' }), { group: `${run}-gw`, referralsTopic: `binome.referrals.v1.test-${run}` });
    base = `http://127.0.0.1:${(await gateway.start()).httpPort}`;
    manager = await userToken('rennes', 'manager');
  }, 90_000);

  afterAll(async () => {
    await gateway?.connection().useDb(recruitmentDb).dropDatabase();
    await gateway?.connection().dropDatabase();
    await gateway?.stop();
    await recruitment?.stop();
  });

  const post = (path: string, fields: [string, string][]) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });

  const candidateNamed = async (lastName: string): Promise<Candidate[]> => {
    const res = await fetch(`http://127.0.0.1:${recruitment.httpPort}/v1/candidates?q=${encodeURIComponent(lastName)}`, {
      headers: bearer(manager),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Candidate[];
  };

  const form = (lastName: string, overrides: Record<string, string | undefined> = {}): [string, string][] => {
    const fields: Record<string, string | undefined> = {
      territoryId: 'rennes',
      firstName: 'أمل',
      lastName,
      email: `${lastName.toLowerCase()}@example.org`,
      phone: '06 12 34 56 78',
      town: 'Rennes',
      protectionStatus: 'refugee',
      mainLanguage: 'ar',
      frenchLevel: 'A2',
      housingStable: 'yes',
      genderPreference: 'F',
      channel: 'word_of_mouth',
      consentData: 'yes',
      consentPartner: 'yes',
      noticeVersion: APPLY_CATALOGUES.ar.noticeVersion,
      ...overrides,
    };
    const entries = Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined);
    return [...entries, ['availability', 'mon-am'], ['availability', 'thu-pm']];
  };

  it('When a person opens /apply, then the remembered language, else the phone’s, else French is chosen, and the choice is kept in a cookie', async () => {
    const go = (headers: Record<string, string>) => fetch(`${base}/apply`, { headers, redirect: 'manual' });
    expect((await go({ cookie: 'binome_lang=ps' })).headers.get('location')).toBe('/apply/ps');
    expect((await go({ 'accept-language': 'ti-ER,ti;q=0.9,en;q=0.5' })).headers.get('location')).toBe('/apply/ti');
    expect((await go({ 'accept-language': 'de-DE' })).headers.get('location')).toBe('/apply/fr');
    expect((await go({ cookie: 'binome_lang=xx', 'accept-language': 'uk' })).headers.get('location')).toBe('/apply/uk');
    const page = await fetch(`${base}/apply/ar`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toMatch(/^binome_lang=ar;.*HttpOnly; SameSite=Lax/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const body = await page.text();
    expect(body).toContain('<html lang="ar" dir="rtl">');
    expect((await fetch(`${base}/apply/xx`)).status).toBe(404);
  });

  it('When the form is posted without JavaScript, then recruitment records the application with the consent and the notice version, and the thanks page follows', async () => {
    const lastName = `Haddad${run}`;
    const res = await post('/apply/ar', form(lastName));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/apply/ar/thanks');
    const thanks = await fetch(`${base}/apply/ar/thanks`);
    expect(await thanks.text()).toContain(APPLY_CATALOGUES.ar.entries['thanks.title'].text as string);

    const [candidate, ...others] = await candidateNamed(lastName);
    expect(others).toEqual([]);
    expect(candidate.identity).toEqual({ firstName: 'أمل', lastName });
    expect(candidate.languages).toEqual([{ language: 'ar', level: 'native' }]);
    expect(candidate.availability).toEqual(['mon-am', 'thu-pm']);
    expect(candidate.channel).toBe('word_of_mouth');
    expect(candidate.consent.dataProcessing).toMatchObject({ given: true, noticeVersion: APPLY_CATALOGUES.ar.noticeVersion });
    expect(candidate.consent.partnerSharing).toMatchObject({ given: true, noticeVersion: APPLY_CATALOGUES.ar.noticeVersion });
  });

  it('When recruitment refuses the form, then it comes back in the chosen language, naming each field, with what was typed', async () => {
    const lastName = `Rahimi${run}`;
    const res = await post('/apply/fa', form(lastName, { email: 'rahimi-at-example', consentData: undefined, firstName: '<b>Zahra</b>' }));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const body = await res.text();
    expect(body).toContain('<html lang="fa" dir="rtl">');
    // Persian digits: Intl.NumberFormat('fa').
    expect(body).toContain('<h2>۲ پاسخ برای بررسی</h2>');
    expect(body).toContain('<p class="err" id="email-err">ایمیل: نشانی‌ای مثل name@example.org بنویسید.</p>');
    expect(body).toContain('<p class="err" id="consentData-err">رضایت شما: برای درخواست این گزینه را علامت بزنید.</p>');
    expect(body).toContain('value="rahimi-at-example"');
    expect(body).toContain('value="&lt;b&gt;Zahra&lt;/b&gt;"');
    expect(await candidateNamed(lastName)).toEqual([]);
  });

  it("When a partner's link brought the person, then the refused form keeps the partner and the application is recorded as its referral", async () => {
    const lastName = `Yonas${run}`;
    const fields = form(lastName, { channel: undefined }).filter(([k]) => k !== 'channel');
    const refused = await post(
      '/apply/en?partner=cirefe',
      fields.map(([k, v]): [string, string] => (k === 'email' ? [k, 'nope'] : [k, v])),
    );
    expect(refused.status).toBe(400);
    const body = await refused.text();
    expect(body).toContain('<form method="post" action="/apply/en?partner=cirefe"');
    expect(body).toContain('<input type="hidden" name="referringPartnerId" value="cirefe">');
    const hidden: [string, string][] = [
      ['channel', 'partner_referral'],
      ['referringPartnerId', 'cirefe'],
    ];
    expect((await post('/apply/en?partner=cirefe', [...fields, ...hidden])).status).toBe(303);
    const [candidate] = await candidateNamed(lastName);
    expect(candidate.channel).toBe('partner_referral');
  });

  it('When the same email applies again in the territory, then the page says so in the language', async () => {
    const lastName = `Tesfaye${run}`;
    expect((await post('/apply/ti', form(lastName))).status).toBe(303);
    const again = await post('/apply/ti', form(lastName));
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(APPLY_CATALOGUES.ti.entries['errors.duplicate'].text as string);
  });

  it('When the page’s option lists are compared with recruitment’s served OpenAPI document, then every option is one recruitment accepts', async () => {
    const doc = (await (await fetch(`http://127.0.0.1:${recruitment.httpPort}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
      components?: { schemas?: Record<string, unknown> };
    };
    const resolve = (s: unknown): Record<string, unknown> => {
      const ref = (s as { $ref?: string }).$ref;
      return (ref ? doc.components?.schemas?.[ref.split('/').pop() ?? ''] : s) as Record<string, unknown>;
    };
    const body = resolve(doc.paths['/v1/applications'].post.requestBody?.content['application/json'].schema);
    const props = body.properties as Record<string, Record<string, unknown>>;
    const enumOf = (p: Record<string, unknown>) => p.enum as string[];
    expect(enumOf(props.protectionStatus)).toEqual(expect.arrayContaining([...PROTECTION_STATUSES]));
    expect(enumOf(props.frenchLevel)).toEqual(expect.arrayContaining([...FRENCH_LEVELS]));
    expect(enumOf(props.channel)).toEqual(expect.arrayContaining([...CHANNELS]));
    expect(enumOf(props.genderPreference)).toEqual(expect.arrayContaining([...GENDER_PREFERENCES]));
    expect(enumOf(props.availability.items as Record<string, unknown>)).toEqual(expect.arrayContaining(WEEKLY_SLOTS));
  });

  it('When an employee offers to volunteer through the form without JavaScript, then a refused form names its fields in French and a good one reaches staff', async () => {
    const email = `${run}.claire@sncf.example`;
    const fields = (overrides: Record<string, string | undefined> = {}): [string, string][] => {
      const base: Record<string, string | undefined> = {
        territoryId: 'rennes',
        firstName: 'Claire',
        lastName: `Martin${run}`,
        email,
        companyName: 'SNCF',
        jobTitle: 'Comptable',
        message: 'Disponible dès janvier',
        consentData: 'yes',
        noticeVersion: VOLUNTEER_CATALOGUES.fr.noticeVersion,
        ...overrides,
      };
      return [...Object.entries(base).filter((e): e is [string, string] => e[1] !== undefined), ['availability', 'tue-pm']];
    };
    const refused = await post('/volunteer/fr', fields({ email: 'claire@', consentData: undefined }));
    expect(refused.status).toBe(400);
    const body = await refused.text();
    expect(body).toContain('<p class="err" id="email-err">Adresse e-mail professionnelle : l&#39;adresse n&#39;est pas valide.</p>');
    expect(body).toContain('id="consentData-err"');
    expect(body).toContain('value="SNCF"');

    const sent = await post('/volunteer/fr', fields());
    expect({ status: sent.status, location: sent.headers.get('location') }).toEqual({ status: 303, location: '/volunteer/fr/thanks' });
    expect(await (await fetch(`${base}/volunteer/fr/thanks`)).text()).toContain('Merci !');
    const list = await fetch(`http://127.0.0.1:${recruitment.httpPort}/v1/volunteer-interests?status=new&perPage=100`, {
      headers: bearer(manager),
    });
    const mine = ((await list.json()) as { person?: { email: string; availability: string[] }; consent: unknown }[]).filter(
      (i) => i.person?.email === email,
    );
    expect(mine).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ companyName: 'SNCF', availability: ['tue-pm'] }),
        consent: { dataProcessing: expect.objectContaining({ given: true, noticeVersion: VOLUNTEER_CATALOGUES.fr.noticeVersion }) },
      }),
    ]);
  });

  it('When a client posts more forms than the limit, then the form comes back in its language with a 429 and what was typed', async () => {
    // Whatever is left of this client's budget (the form and the JSON route share it) is spent here.
    let status = 0;
    for (let i = 0; i < LIMIT + 1 && status !== 429; i++) {
      status = (await post('/apply/ru', form(`Limit${i}${run}`, { email: 'not-an-email' }))).status;
    }
    expect(status).toBe(429);
    const res = await post('/apply/ru', form(`Ivanova${run}`));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = await res.text();
    expect(body).toContain(APPLY_CATALOGUES.ru.entries['errors.rateLimited'].text as string);
    expect(body).toContain(`value="Ivanova${run}"`);
    expect(await candidateNamed(`Ivanova${run}`)).toEqual([]);
  });

  it('When an employee opens the volunteer page, then it is served in French or English and remembered', async () => {
    expect(
      (await fetch(`${base}/volunteer`, { headers: { 'accept-language': 'en-GB' }, redirect: 'manual' })).headers.get('location'),
    ).toBe('/volunteer/en');
    const page = await fetch(`${base}/volunteer/fr`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="fr" dir="ltr">');
    expect((await fetch(`${base}/volunteer/ar`)).status).toBe(404);
  });
});
