import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { bearer, startService, testServiceEnv, uniqueId, userToken, type ServiceProcess } from '@binome/testing';
import { loadGatewayConfig } from '../gateway.config';
import { createGateway } from '../gateway.service';
import { APPLY_CATALOGUES, Translator } from './catalogue';

const SCREENSHOTS = resolve(__dirname, '../../../../docs/screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// A small Android phone of the kind the page is written for.
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const ar = (key: string) => APPLY_CATALOGUES.ar.entries[key].text as string;

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe-core in the page; the serious and critical violations, named. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (scripts from 'self' only) does not apply.
  await page.evaluate(AXE);
  const violations = (await page.evaluate('axe.run(document).then(r => r.violations)')) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * A refugee applies in Arabic on a phone-sized screen, in headless Chromium, against recruitment
 * as its own process and the gateway in this process: with JavaScript (inline validation, the
 * draft kept across a reload) and without (the plain form post, the server's answer in Arabic).
 */
describe('application page in Chromium, on a phone, in Arabic', () => {
  const run = uniqueId('browser');
  const recruitmentDb = `test_recruitment_${run}`;
  let recruitment: ServiceProcess;
  let gateway: ReturnType<typeof createGateway>;
  let base: string;
  let manager: string;
  const profiles: string[] = [];

  beforeAll(async () => {
    recruitment = await startService('recruitment', {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      MONGO_DB: recruitmentDb,
      KAFKA_GROUP_PREFIX: `${run}-`,
    });
    const config = loadGatewayConfig(testServiceEnv('gateway', { UPSTREAMS: `recruitment=http://127.0.0.1:${recruitment.httpPort}` }));
    gateway = createGateway(config, pino({ level: 'silent' }), { group: `${run}-gw`, referralsTopic: `binome.referrals.v1.test-${run}` });
    base = `http://127.0.0.1:${(await gateway.start()).httpPort}`;
    manager = await userToken('rennes', 'manager');
  }, 90_000);

  afterAll(async () => {
    await gateway?.connection().useDb(recruitmentDb).dropDatabase();
    await gateway?.connection().dropDatabase();
    await gateway?.stop();
    await recruitment?.stop();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  });

  async function phone(javaScriptEnabled: boolean): Promise<BrowserContext> {
    const profile = mkdtempSync(join(tmpdir(), 'binome-apply-'));
    profiles.push(profile);
    return chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      locale: 'ar',
      javaScriptEnabled,
      ...PHONE,
    });
  }

  const candidatesNamed = async (lastName: string) => {
    const res = await fetch(`http://127.0.0.1:${recruitment.httpPort}/v1/candidates?q=${encodeURIComponent(lastName)}`, {
      headers: bearer(manager),
    });
    return (await res.json()) as {
      identity: { lastName: string };
      consent: { dataProcessing: { given: boolean; noticeVersion: string } };
    }[];
  };

  async function fillRequired(page: Page, lastName: string, email: string) {
    await page.getByLabel(`${ar('firstName')} (${ar('required')})`).fill('أمل');
    await page.getByLabel(`${ar('lastName')} (${ar('required')})`).fill(lastName);
    await page.getByLabel(`${ar('email')} (${ar('required')})`).fill(email);
    await page.getByLabel(`${ar('town')} (${ar('required')})`).fill('Rennes');
    await page.getByLabel(`${ar('territoryId')} (${ar('required')})`).selectOption('rennes');
    await page.getByLabel(ar('status.refugee')).check();
    await page.getByLabel(`${ar('frenchLevel')} (${ar('required')})`).selectOption('A2');
    await page.getByLabel(ar('channel.word_of_mouth')).check();
  }

  it('When the other pages are opened (French, Tigrinya, the volunteers’ page), then axe finds no serious or critical violation either', async () => {
    const context = await phone(true);
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      for (const [path, shot] of [
        ['/apply/fr', 'apply-fr-phone.png'],
        ['/apply/ti', undefined],
        ['/volunteer/fr', 'volunteer-fr-phone.png'],
        ['/volunteer/en', undefined],
      ] as const) {
        await page.goto(`${base}${path}`);
        expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
        if (shot) await page.screenshot({ path: join(SCREENSHOTS, shot) });
      }
    } finally {
      await context.close();
    }
  }, 60_000);

  it('When JavaScript is on, then the phone’s language opens the Arabic page, mistakes are shown inline in Arabic, a reload keeps the draft, and the application reaches recruitment', async () => {
    const context = await phone(true);
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const posts: string[] = [];
      page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
      await page.goto(`${base}/apply`);
      expect(new URL(page.url()).pathname).toBe('/apply/ar');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'apply-ar-phone.png'), fullPage: true });

      const lastName = 'Haddad'; // this run has its own recruitment database; a fixed name keeps the screenshots stable
      await page.getByLabel(`${ar('firstName')} (${ar('required')})`).fill('أمل');
      await page.getByLabel(`${ar('lastName')} (${ar('required')})`).fill(lastName);
      // The connection drops, the person reloads: what they typed is still there.
      await page.reload();
      expect(await page.getByLabel(`${ar('lastName')} (${ar('required')})`).inputValue()).toBe(lastName);
      await expect(page.locator('#draft').isVisible()).resolves.toBe(true);

      await page.getByRole('button', { name: ar('submit') }).click();
      // Nothing is sent: the script names, in Arabic, what is missing.
      expect(posts).toEqual([]);
      expect(await page.locator('#email-err').textContent()).toBe(ar('errors.required').replace('{field}', ar('email')));
      expect(await page.locator('#consentData-err').textContent()).toBe(ar('errors.consent').replace('{field}', ar('section.consent')));
      expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('email');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'apply-ar-phone-inline-errors.png'), fullPage: false });

      await fillRequired(page, lastName, `${lastName.toLowerCase()}@example.org`);
      await page.getByLabel(new RegExp(ar('consentData'))).check();
      await Promise.all([page.waitForURL(`${base}/apply/ar/thanks`), page.getByRole('button', { name: ar('submit') }).click()]);
      expect(await page.locator('h1').textContent()).toBe(ar('thanks.title'));
      // Sent: the draft no longer sits on the phone.
      expect(await page.evaluate("localStorage.getItem('binome-apply-draft')")).toBeNull();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'apply-ar-phone-thanks.png') });

      const [candidate] = await candidatesNamed(lastName);
      expect(candidate.consent.dataProcessing).toMatchObject({ given: true, noticeVersion: APPLY_CATALOGUES.ar.noticeVersion });
    } finally {
      await context.close();
    }
  }, 60_000);

  it('When JavaScript is off, then the plain form post works: recruitment’s refusal comes back in Arabic on the field, and the corrected form is recorded', async () => {
    const context = await phone(false);
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(`${base}/apply/ar`);
      const lastName = 'Karimi';
      await fillRequired(page, lastName, 'amal@localhost');
      await page.getByLabel(new RegExp(ar('consentData'))).check();
      // The browser accepts an address without a domain; recruitment does not.
      await Promise.all([page.waitForLoadState('domcontentloaded'), page.getByRole('button', { name: ar('submit') }).click()]);
      await page.waitForSelector('#email-err');
      expect(await page.locator('#email-err').textContent()).toBe(ar('errors.email').replace('{field}', ar('email')));
      expect(await page.locator('.summary h2').textContent()).toBe(new Translator(APPLY_CATALOGUES.ar).t('errors.count', { count: 1 }));
      expect(await page.getByLabel(`${ar('lastName')} (${ar('required')})`).inputValue()).toBe(lastName);
      // axe needs timers, which do not run with JavaScript off: it checks the same HTML in a page that has them.
      const checker = await phone(true);
      try {
        const copy = await checker.newPage();
        await copy.goto(`${base}/apply/ar`);
        await copy.setContent(await page.content());
        expect(await seriousViolations(copy)).toEqual([]);
      } finally {
        await checker.close();
      }
      await page.screenshot({ path: join(SCREENSHOTS, 'apply-ar-phone-no-js-server-errors.png'), fullPage: false });
      expect(await candidatesNamed(lastName)).toEqual([]);

      await page.getByLabel(`${ar('email')} (${ar('required')})`).fill(`${lastName.toLowerCase()}@example.org`);
      await Promise.all([page.waitForURL(`${base}/apply/ar/thanks`), page.getByRole('button', { name: ar('submit') }).click()]);
      expect(await page.locator('h1').textContent()).toBe(ar('thanks.title'));
      const [candidate] = await candidatesNamed(lastName);
      expect(candidate.consent.dataProcessing).toMatchObject({ given: true, noticeVersion: APPLY_CATALOGUES.ar.noticeVersion });
    } finally {
      await context.close();
    }
  }, 60_000);
});
