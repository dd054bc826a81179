import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import {
  consentBody,
  eventually,
  interviewBody,
  partnerCompanyBody,
  promotionBody,
  readyToMatchApplicationBody,
  readyToMatchVolunteerBody,
  screeningBody,
  uniqueId,
  userToken,
} from '@binome/testing';
import { binomeDataProvider, type BinomeDataProvider } from '../src/data/data-provider';
import { buildConsole, launchBrowser, screenshot, SCREENSHOTS, seriousViolations } from './browser';
import { startPlatform, WORKSPACE, type Platform } from './platform';

/**
 * The console's impact dashboards, editing forms and partner view in headless Chromium, against
 * the platform on the real infrastructure, with impact's demo promotion (its surveys and outcomes)
 * and the records each screen needs made through the APIs. Every page visited passes axe-core (no serious or critical
 * violation) and its CSP; the new screens' screenshots go to docs/screenshots/.
 */
describe('the console’s dashboards, forms and partner view in a browser', () => {
  let platform: Platform;
  let api: (realm: string, user: string) => BinomeDataProvider;
  const run = uniqueId('');
  const csp: string[] = [];
  const contexts: BrowserContext[] = [];
  let session: { id: string; startsAt: Date };
  const promotionName = 'Rennes 2027-S2';
  let promotionId: string;
  const admitted: string[] = [];
  const KONNECTEUR = { id: 'k-rennes-e2e', email: 'konnecteur@rennes.binome.test' };
  let followedPairId: string;

  beforeAll(async () => {
    const consoleDir = buildConsole();
    platform = await startPlatform({ consoleDir });
    api = (realm, user) => binomeDataProvider({ baseUrl: platform.origin, token: () => userToken(realm, user) });
    // Only what these screens need, through the services' APIs (the whole demo seed waits on
    // every event chain and gives up on a loaded machine): impact's past promotion with its
    // surveys and outcomes, a recruiting promotion with two admitted people, the partner cirefe.
    const rennes = api('rennes', 'manager');
    execFileSync(
      path.join(WORKSPACE, 'node_modules/.bin/tsx'),
      ['tools/scripts/seed-impact-cli.ts', `http://127.0.0.1:${platform.services.impact.httpPort}`],
      {
        cwd: WORKSPACE,
        env: { ...process.env, SEED_TOKEN: await userToken('rennes', 'manager') },
        stdio: 'ignore',
      },
    );
    await api('national', 'hq')
      .create('partner-organisations', {
        data: { id: 'cirefe', territoryId: ['rennes'], name: 'CIREFE (centre de langues)', kind: 'language_centre' },
      })
      .catch(() => undefined);
    const { data: promotion } = await rennes.create('promotions', { data: promotionBody({ name: promotionName }) });
    promotionId = String(promotion.id);
    await rennes.command('promotions', promotionId, 'transitions', { to: 'recruiting' });
    for (const firstName of ['Amina', 'Samir']) {
      const { data: c } = await rennes.create('candidates', {
        data: readyToMatchApplicationBody({ firstName, lastName: 'Essai', email: `${firstName.toLowerCase()}.${run}@example.org` }),
      });
      await rennes.command('candidates', c.id, 'screening', screeningBody());
      await rennes.command('candidates', c.id, 'interview', interviewBody());
      await rennes.command('candidates', c.id, 'decision', { outcome: 'admitted', promotionId });
      admitted.push(String(c.id));
    }
    // One of them paired and followed by Rennes' `konnecteur` user, as staff do it (and the demo
    // seed): matching proposes, staff approve, assign the promotion's Konnecteur, and link that
    // referent id to the account in scheduling, which impact asks who a Konnecteur is.
    await api('national', 'hq')
      .create('partner-companies', { data: partnerCompanyBody({ id: 'sncf', name: 'SNCF', territoryId: ['rennes', 'paris'] }) })
      .catch(() => undefined);
    const { data: volunteer } = await rennes.create('volunteers', {
      data: readyToMatchVolunteerBody({
        promotionId,
        companyId: 'sncf',
        firstName: 'Julien',
        lastName: 'Martin',
        sector: 'finance',
        trade: 'M1607',
      }),
    });
    await rennes.command('volunteers', volunteer.id, 'transitions', { to: 'trained', attendedOn: '2027-01-16' });
    await rennes.call('matching', 'POST', `/v1/promotions/${promotionId}/proposals`, { json: { territoryId: 'rennes' } });
    const { data: proposed } = await rennes.getList('pairs', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: { promotionId, status: 'proposed' },
    });
    followedPairId = String(proposed[0]?.id);
    await rennes.command('pairs', followedPairId, 'approve', {});
    await rennes.call('matching', 'POST', `/v1/promotions/${promotionId}/konnecteur-assignment`, {
      json: {
        territoryId: 'rennes',
        konnecteurs: [{ id: KONNECTEUR.id, location: { lat: 48.1113, lon: -1.68 }, capacity: 3, email: KONNECTEUR.email }],
      },
    });
    await rennes.call('scheduling', 'PUT', `/v1/territories/rennes/konnecteurs/${KONNECTEUR.id}/contact`, {
      json: { email: KONNECTEUR.email, firstName: 'Karim', language: 'fr' },
    });
    // An employee's offer to volunteer, through recruitment's public route (the volunteers' page posts there).
    const offered = await fetch(`http://127.0.0.1:${platform.services.recruitment.httpPort}/v1/volunteer-interests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        territoryId: 'rennes',
        firstName: 'Claire',
        lastName: 'Bernard',
        email: `claire.${run}@example.org`,
        companyName: 'Broadpeak',
        availability: ['tue-pm'],
        consent: { dataProcessing: true, noticeVersion: '2026-01' },
      }),
    });
    expect(offered.status).toBe(201);
  }, 900_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await platform?.stop();
  });

  async function open(viewport?: { width: number; height: number }): Promise<Page> {
    const context = await launchBrowser(viewport);
    contexts.push(context);
    const page = context.pages()[0] ?? (await context.newPage());
    // The machine is shared: navigations through Keycloak may take longer than playwright's 30 s.
    page.setDefaultTimeout(90_000);
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) csp.push(m.text());
    });
    return page;
  }

  const accessible = async (page: Page, name: string) => {
    await page.waitForLoadState('networkidle');
    // The settled page: a button mid-way through its colour transition is no contrast verdict.
    // (Bounded: an endless animation, a spinner, never finishes.)
    await page.evaluate(() =>
      Promise.race([
        Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
        new Promise((resolve) => setTimeout(resolve, 2_000)),
      ]),
    );
    expect([name, await seriousViolations(page)]).toEqual([name, []]);
  };
  const checked = async (page: Page, name: string) => {
    await accessible(page, name);
    await screenshot(page, name);
  };
  /** A screenshot of one card (the dashboards are taller than the window). */
  const cardShot = async (locator: Locator, name: string) => {
    // The sticky app bar would cover the card's top once it is scrolled into view.
    await locator.page().addStyleTag({ content: 'header.MuiAppBar-root { visibility: hidden; }' });
    await locator
      .locator('xpath=ancestor::div[contains(@class,"MuiCard-root")][1]')
      .screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  };

  const REALM_NAMES: Record<string, string> = { national: 'Siège national', partners: 'Partenaires', rennes: 'Rennes' };
  async function signIn(page: Page, realm: string, username: string) {
    await page.goto(`${platform.origin}/console/`);
    await page.getByRole('combobox', { name: 'Mon espace' }).click();
    await page.getByRole('option', { name: new RegExp(`^${REALM_NAMES[realm]}`) }).click();
    await page.getByRole('button', { name: 'Se connecter avec Keycloak' }).click();
    await page.waitForURL(new RegExp(`/realms/${realm}/protocol/openid-connect/auth`));
    await page.fill('#username', username);
    await page.fill('#password', `${username}-dev`);
    await page.click('#kc-login');
    await page.waitForURL(`${platform.origin}/console/**`);
    // The user menu (react-admin's "Profil"): on a phone it is an icon, elsewhere it names the user.
    await page.getByRole('button', { name: 'Profil' }).first().waitFor();
    if ((page.viewportSize()?.width ?? 1280) >= 600) await page.getByText(`${username} ·`).waitFor();
  }

  /**
   * One signed-in page per person for the whole suite (a Keycloak sign-in costs seconds on the
   * shared machine): the later tests go on from where the earlier left it.
   */
  const signedIn = new Map<string, Promise<Page>>();
  const as = (realm: string, username: string): Promise<Page> => {
    const key = `${realm}/${username}`;
    if (!signedIn.has(key))
      signedIn.set(
        key,
        open().then(async (page) => (await signIn(page, realm, username), page)),
      );
    return signedIn.get(key) as Promise<Page>;
  };

  /** `datetime-local`'s value for an instant, in the browser's (and this process's) time zone. */
  const local = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  const impactCell = (page: Page, code: string, column: string) =>
    page.getByTestId('impact').locator(`tr[data-code="${code}"] td[data-column="${column}"]`);

  it('When a manager plans a session whose registrations close after it starts, then the problem shows on that field; fixed, it is planned, and its capacity is edited', async () => {
    const rennes = api('rennes', 'manager');
    const { data: workshops } = await rennes.getList('workshops', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    const workshop = workshops.find((w) => w.format === 'on-site' && w.territoryId === 'rennes' && w.active !== false);
    // The two admitted people take seats once it is planned: first, workshops learns of them from
    // recruitment's events, so that the session can be planned only a little ahead.
    for (const personId of admitted)
      await eventually(
        () =>
          rennes.call('workshops', 'GET', `/v1/beneficiaries/${personId}/recommendations`).then(
            () => true,
            () => undefined,
          ),
        120_000,
        'the beneficiary in workshops',
      );
    const page = await as('rennes', 'manager');
    await page.goto(`${platform.origin}/console/sessions/create`);
    await page.getByRole('combobox', { name: 'Atelier' }).click();
    await page.getByRole('option', { name: String(workshop?.title), exact: true }).click();
    await page.getByRole('combobox', { name: 'Promotions' }).click();
    await page.getByRole('option', { name: new RegExp(`^${promotionName}`) }).click();
    await page.keyboard.press('Escape');
    // Soon: the roll call is the suite's last screen, taken once the session has started; the
    // tests in between run meanwhile instead of a wait. Registrations close a minute before the
    // start, so this form and the seats below have one to two minutes.
    const startsAt = new Date(Math.ceil((Date.now() + 2 * 60_000) / 60_000) * 60_000);
    await page.getByLabel(/^Début\s*\*?$/).fill(local(startsAt));
    await page.getByLabel(/^Fin\s*\*?$/).fill(local(new Date(startsAt.getTime() + 3_600_000)));
    await page.getByLabel('Clôture des inscriptions').fill(local(new Date(startsAt.getTime() + 60_000)));
    await page.getByLabel('Lieu').fill('Maison des associations, Rennes');
    await page.getByLabel(/^Places\s*\*?$/).fill('12');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const closes = page.getByLabel('Clôture des inscriptions');
    await page.getByText('registrations must close before the session starts').first().waitFor();
    await expect(closes.getAttribute('aria-invalid')).resolves.toBe('true');
    await checked(page, 'session-form-error');

    await closes.fill(local(new Date(startsAt.getTime() - 60_000)));
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/console\/sessions\/[^/]+\/show$/);
    const id = decodeURIComponent(page.url().split('/sessions/')[1].split('/')[0]);
    session = { id, startsAt };
    await page.getByRole('link', { name: 'Éditer' }).click();
    await page.getByLabel(/^Places\s*\*?$/).fill('15');
    await checked(page, 'session-edit');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/show$/);
    await eventually(
      async () => ((await rennes.getOne('sessions', { id })).data.capacity.beneficiaries === 15 ? true : undefined),
      10_000,
      'the new capacity',
    );
    // The two admitted people take seats (workshops knows them: waited for above).
    for (const personId of admitted)
      await rennes.call('workshops', 'POST', `/v1/sessions/${id}/registrations`, { json: { personId, pool: 'beneficiaries' } });
  }, 180_000);

  it('When a Rennes manager opens the dashboard, then impact’s survey figures stand beside the published ones with their 95 % intervals, counts and response rates', async () => {
    // Impact projects the demo promotion's events and answers asynchronously: wait for a counted figure.
    const counted = await eventually(
      async () =>
        (
          await api('rennes', 'manager').call<{
            figures: { code: string; suppressed: boolean; numerator?: number; denominator?: number }[];
          }>('impact', 'GET', '/v1/indicators', { query: { territoryId: 'rennes' } })
        ).data.figures.find((f) => !f.suppressed && (f.denominator ?? 0) > 0),
      180_000,
      'a counted figure in impact',
    );
    const page = await as('rennes', 'manager');
    await page.goto(`${platform.origin}/console/`);
    await page.getByRole('heading', { name: 'Résultats des questionnaires et chiffres publiés du programme' }).waitFor();
    const cell = impactCell(page, String(counted?.code), 'rennes');
    await expect(cell.getAttribute('data-state')).resolves.toBe('value');
    // The API's own counts (read again with the page: impact may still be projecting), and an interval drawn from them.
    await eventually(
      async () => {
        const { data } = await api('rennes', 'manager').call<{ figures: { code: string; numerator?: number; denominator?: number }[] }>(
          'impact',
          'GET',
          '/v1/indicators',
          { query: { territoryId: 'rennes' } },
        );
        const f = data.figures.find((x) => x.code === counted?.code);
        if ((await cell.innerText()).includes(`${f?.numerator} sur ${f?.denominator}`)) return true;
        await page.reload();
        await cell.waitFor();
        return undefined;
      },
      120_000,
      'the page’s counts equal to the API’s',
    );
    await expect(cell.innerText()).resolves.toMatch(/\[\d+\s%\s–\s\d+\s%\]/);
    await expect(cell.innerText()).resolves.toMatch(/taux de réponse \d+\s%/);
    await expect(page.getByTestId('impact').getByRole('columnheader').allInnerTexts()).resolves.toEqual([
      'Indicateur',
      'rennes',
      'Chiffre publié',
    ]);
    // recharts drew one error bar per counted cell.
    await expect(page.locator('.recharts-errorBar').count()).resolves.toBeGreaterThan(0);
    await accessible(page, 'dashboard-impact');
    await cardShot(page.getByTestId('impact'), 'dashboard-impact');
  }, 180_000);

  it('When HQ opens the dashboard, then every territory’s figures stand side by side with the national ones, small cells suppressed by impact shown as such', async () => {
    const { data: breakdown } = await api('national', 'hq').call<{
      rows: { key: string; figures: { code: string; suppressed: boolean; denominator?: number }[] }[];
    }>('impact', 'GET', '/v1/indicators/breakdown', { query: { by: 'territory' } });
    const page = await open();
    await signIn(page, 'national', 'hq');
    await page.getByTestId('impact').waitFor();
    const headers = await page.getByTestId('impact').getByRole('columnheader').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(['Indicateur', 'paris', 'rennes', 'tours', 'Total national', 'Chiffre publié']);
    // Each territory's cell says what impact said: suppressed, counted, or nothing yet (no pair there).
    for (const territory of ['paris', 'rennes', 'tours'])
      for (const code of ['network', 'autonomy']) {
        const f = breakdown.rows.find((r) => r.key === territory)?.figures.find((x) => x.code === code);
        const expected = !f ? 'empty' : f.suppressed ? 'suppressed' : (f.denominator ?? 0) > 0 ? 'value' : 'empty';
        await expect(
          impactCell(page, code, territory)
            .getAttribute('data-state')
            .then((s) => [territory, code, s]),
        ).resolves.toEqual([territory, code, expected]);
        if (f?.suppressed) await expect(impactCell(page, code, territory).innerText()).resolves.toBe('Masqué (moins de 5 personnes)');
      }
    await expect(impactCell(page, 'network', 'national').getAttribute('data-state')).resolves.toBe('value');
    await accessible(page, 'dashboard-impact-hq');
    await cardShot(page.getByTestId('impact'), 'dashboard-impact-hq');
  }, 180_000);

  it('When a manager writes a library item in markdown, then a refused title shows on its field; it is created as a draft, published, and edited into a new version', async () => {
    const page = await as('rennes', 'manager');
    await page.goto(`${platform.origin}/console/library-resources/create`);
    await page.getByLabel('Titre').fill('CV');
    await page.getByRole('checkbox', { name: 'Salariés volontaires' }).check();
    await page.getByRole('checkbox', { name: 'CV', exact: true }).check();
    await page
      .getByLabel('Contenu (Markdown)')
      .fill('# Relire un CV\n\n- une page\n- des verbes d’action\n\n[France Travail](https://www.francetravail.fr)');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(
      eventually(
        async () => ((await page.getByLabel('Titre').getAttribute('aria-invalid')) === 'true' ? true : undefined),
        10_000,
        'the title refused',
      ),
    ).resolves.toBe(true);
    await accessible(page, 'library-form-error');
    await page.getByLabel('Titre').fill(`Relire un CV avec son binôme ${run}`);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/console\/library-resources\/[^/]+\/show$/);
    await page.getByTestId('resource-html').getByRole('heading', { name: 'Relire un CV' }).waitFor();
    await page.getByText('Pas encore publiée').waitFor();
    await page.getByRole('button', { name: 'Publier la version 1' }).click();
    await page.getByText(/^Version 1 publiée le/).waitFor();

    await page.getByRole('link', { name: 'Nouvelle version' }).click();
    const markdown = page.getByLabel('Contenu (Markdown)');
    await expect(markdown.inputValue()).resolves.toContain('# Relire un CV');
    await markdown.fill('# Relire un CV\n\n- une page, deux au plus\n');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/show$/);
    await page.getByRole('button', { name: 'Publier la version 2' }).waitFor();
    await checked(page, 'library-resource');
  }, 180_000);

  it('When a partner organisation signs in, then it sees its referrals by status and their updates, and accepts one it received', async () => {
    const rennes = api('rennes', 'manager');
    const { data: candidate } = await rennes.create('candidates', {
      data: readyToMatchApplicationBody({
        firstName: 'Yonas',
        lastName: 'Tesfaye',
        email: `yonas.${run}@example.org`,
        consent: consentBody(true),
      }),
    });
    const { data: referral } = await rennes.create('referrals', {
      data: { candidateId: candidate.id, partnerId: 'cirefe', reason: 'Cours de français intensifs avant la promotion' },
    });
    const page = await open();
    await signIn(page, 'partners', 'ngo-cirefe');
    await page.getByRole('heading', { name: 'Vos orientations' }).first().waitFor();
    await page.getByTestId('partner-updates').getByRole('link', { name: 'Yonas Tesfaye' }).waitFor();
    // The count once loaded (it reads "…" meanwhile).
    await page.getByTestId('partner-counts').locator('[data-status="sent"]').filter({ hasText: /[1-9]/ }).waitFor();
    const menu = await page.getByRole('menuitem').allInnerTexts();
    for (const hidden of ['Candidats', 'Binômes', 'Appariement', 'Séances']) expect(menu).not.toContain(hidden);
    await checked(page, 'partner-home');

    await page.getByTestId('partner-updates').getByRole('link', { name: 'Yonas Tesfaye' }).click();
    await page.waitForURL(`**/console/referrals/${referral.id}/show`);
    await page.getByRole('combobox', { name: 'Statut' }).click();
    await page.getByRole('option', { name: 'Acceptée' }).click();
    await page.getByLabel('Note').fill('Inscrit au cours du lundi');
    await page.getByRole('button', { name: 'Changer le statut' }).click();
    await page.getByTestId('referral-history').getByText('Acceptée').waitFor();
    const { data: after } = await rennes.getOne('referrals', { id: referral.id });
    expect(after.status).toBe('accepted');
    await checked(page, 'partner-referral');
  }, 180_000);

  it('When a Konnecteur enters a pair’s T+3 answers with one out of range, then impact’s message shows on that question; corrected, the wave is answered', async () => {
    const surveyId = `${followedPairId}:beneficiary:T3`;
    // Impact schedules the pair's surveys from matching's events and learns its Konnecteur; scheduling knows the account.
    await eventually(
      async () => {
        const { data } = await api('rennes', 'konnecteur').getList('surveys', {
          pagination: { page: 1, perPage: 25 },
          sort: { field: 'dueOn', order: 'ASC' },
          filter: { pairId: followedPairId },
        });
        return data.some((r) => r.id === surveyId) ? true : undefined;
      },
      120_000,
      'the pair’s surveys in the Konnecteur’s reach',
    );
    const page = await as('rennes', 'konnecteur');
    // Their pairs' waves, filtered to this pair (several pairs' waves fill more than a page).
    await page.goto(`${platform.origin}/console/surveys?filter=${encodeURIComponent(JSON.stringify({ pairId: followedPairId }))}`);
    const row = page.getByRole('row').filter({ hasText: followedPairId }).filter({ hasText: 'T3' }).filter({ hasText: 'Bénéficiaire' });
    await row.getByRole('link', { name: 'Saisir les réponses' }).click();
    await page.getByTestId('questionnaire').waitFor();
    // The questions as impact serves them (French, the survey's version).
    await page.getByRole('heading', { name: 'Questionnaire de suivi du bénéficiaire (version 1)' }).waitFor();
    // A choice is a fieldset named by its question (react-admin's legend).
    const question = (text: string) => page.getByRole('group', { name: text });
    await question('Avez-vous le début d’un réseau professionnel en France ?').getByLabel('Oui').check();
    const autonomy = page.getByLabel('Vous sentez-vous autonome dans votre recherche d’emploi ?');
    await autonomy.fill('7');
    await page.getByLabel('Avez-vous confiance en vous ?').fill('4');
    await page.getByLabel('Êtes-vous à l’aise en français au travail ?').fill('3');
    await page.getByLabel('Votre projet professionnel est-il clair ?').fill('4');
    await question('Quelle est votre situation actuelle ?').getByLabel('En emploi').check();
    await page.getByLabel('Un commentaire ? (facultatif)').fill('Embauchée en CDD chez un partenaire');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('must be between 1 and 5', { exact: true }).waitFor();
    await expect(autonomy.getAttribute('aria-invalid')).resolves.toBe('true');
    await checked(page, 'survey-answers-error');

    await autonomy.fill('4');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/console\/surveys(\?.*)?$/);
    await row.getByText('Répondu').waitFor();
    const { data: answered } = await api('rennes', 'manager').getOne('surveys', { id: surveyId });
    expect([answered.status, answered.answeredThrough, answered.answers]).toEqual([
      'answered',
      'konnecteur',
      { network: 1, autonomy: 4, confidence: 4, french: 3, projectClarity: 4, situation: ['employed'] },
    ]);
    await checked(page, 'surveys-konnecteur');
  }, 240_000);

  it('When staff record an outcome dated in the future, then impact’s refusal shows on the date; dated right, with its evidence and typology, it is in the list', async () => {
    const page = await as('rennes', 'manager');
    await page.goto(`${platform.origin}/console/outcomes`);
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.getByRole('combobox', { name: 'Promotion' }).click();
    await page.getByRole('option', { name: new RegExp(`^${promotionName}`) }).click();
    await page.getByRole('combobox', { name: 'Binôme' }).click();
    await page.getByRole('option', { name: /Essai — Julien Martin/ }).click();
    await page.getByRole('combobox', { name: 'Situation' }).click();
    await page.getByRole('option', { name: 'CDD ou intérim de moins de 6 mois' }).click();
    await expect(page.getByTestId('outcome-typology').innerText()).resolves.toContain('Emploi de transition');
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const startedOn = page.getByLabel(/^Depuis le/);
    await startedOn.fill(day(30));
    await page.getByLabel('Justificatif').fill('Contrat de travail signé le 2 novembre');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('an outcome is recorded once it has started', { exact: true }).waitFor();
    await expect(startedOn.getAttribute('aria-invalid')).resolves.toBe('true');
    await checked(page, 'outcome-form-error');

    await startedOn.fill(day(-10));
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/console\/outcomes(\?.*)?$/);
    const row = page.getByRole('row').filter({ hasText: followedPairId });
    await row.getByText('Emploi de transition').waitFor();
    await expect(row.innerText()).resolves.toContain('CDD ou intérim de moins de 6 mois');
    await checked(page, 'outcomes');
    const { data } = await api('rennes', 'manager').getList('outcomes', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'recordedAt', order: 'DESC' },
      filter: { pairId: followedPairId },
    });
    expect(data.map((o) => [o.kind, o.insertionCategory, o.programmePositiveExit, o.startedOn, o.evidence])).toEqual([
      ['fixed-term-under-6-months', 'transition-job', false, day(-10), 'Contrat de travail signé le 2 novembre'],
    ]);
  }, 180_000);

  it('When staff open the surveys and the offers to volunteer, then both pass axe-core and are screenshotted', async () => {
    const page = await as('rennes', 'manager');
    await page.goto(`${platform.origin}/console/surveys`);
    await page.getByRole('row').filter({ hasText: 'T0' }).first().waitFor();
    await checked(page, 'surveys');
    await page.goto(`${platform.origin}/console/volunteer-interests`);
    await page.getByRole('row').filter({ hasText: 'Bernard' }).waitFor();
    await checked(page, 'volunteer-interests');
  }, 120_000);

  it('When a facilitator’s manager takes the roll call on a phone once the session has started, then each mark is recorded', async () => {
    expect(session).toBeDefined();
    const page = await open({ width: 390, height: 844 });
    await signIn(page, 'rennes', 'manager');
    const wait = session.startsAt.getTime() + 2_000 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await page.goto(`${platform.origin}/console/sessions/${encodeURIComponent(session.id)}/show`);
    const rows = page.getByTestId('registration-row');
    await rows.nth(1).waitFor();
    await rows.nth(0).getByRole('button', { name: 'Présent' }).click();
    await rows.nth(1).getByRole('button', { name: 'Absent' }).click();
    await expect(rows.nth(0).getByRole('button', { name: 'Présent' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await rows.nth(0).scrollIntoViewIfNeeded();
    await accessible(page, 'roll-call-phone');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'roll-call-phone.png') });
    await page.getByRole('button', { name: 'Enregistrer l’appel' }).click();
    await page.getByText('Appel enregistré').waitFor();
    const { data } = await api('rennes', 'manager').getOne('sessions', { id: session.id });
    const marks = (data.registrations as { status: string; attendance?: string }[])
      .filter((r) => r.status === 'registered')
      .map((r) => r.attendance);
    expect(marks.sort()).toEqual(['absent', 'present']);
  }, 300_000);

  it('When every page was visited, then none broke its Content Security Policy', () => {
    expect(csp).toEqual([]);
  });
});
