// Demo data for two territories (Rennes and Paris), through the services' public APIs — the path
// real data takes, so events flow to impact and matching sees a real cohort:
//   partner organisations and companies, one promotion per territory (recruiting), applicants taken
//   through the 4-step intake (admitted, waitlisted, still in progress), trained volunteers, a
//   matching proposal for each promotion, and in Rennes two approved pairs with meetings in
//   scheduling (which learns of them from matching's events): one on track (a held meeting, a
//   planned one), one at risk (two no-shows), both followed by the demo Konnecteur (whose alert
//   email npm start's SMTP catcher receives), and the promotion's REX evening with its invitations; in resources, the
//   library (national and Rennes resources, published), the volunteers' mandatory training day and the Konnecteurs' (mandatory, with a quiz), the
//   meeting guides, and a Rennes volunteer's attendance, which earns them a "volunteer-trained" badge. In workshops, a
//   Koach with declared availability and, per promotion, three sessions of the catalogue (one without a facilitator,
//   shown at risk), the admitted beneficiaries registered and a full CV session with a waitlist ordered by need.
//   In impact, a past Rennes promotion with its surveys and outcomes (seed-impact.ts), so the indicators have figures.
// Idempotent: run again, it finds what is there (409 or existing names) and completes the rest.
// Usage: tsx tools/scripts/seed.ts [recruitment URL] [matching URL] [Keycloak URL] [scheduling URL] [resources URL] [workshops URL] [impact URL]
import { seedImpact } from './seed-impact';

const [
  recruitmentUrl = 'http://127.0.0.1:3101',
  matchingUrl = 'http://127.0.0.1:3102',
  keycloakUrl = 'http://127.0.0.1:18080',
  schedulingUrl = 'http://127.0.0.1:3103',
  resourcesUrl = 'http://127.0.0.1:3105',
  workshopsUrl = 'http://127.0.0.1:3104',
  impactUrl = 'http://127.0.0.1:3106',
] = process.argv.slice(2);

async function token(realm: string, username: string): Promise<string> {
  const res = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'binome-console', username, password: `${username}-dev` }),
  });
  if (!res.ok) throw new Error(`Keycloak refused ${username}@${realm}: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

type Json = Record<string, unknown>;

async function call(
  base: string,
  method: string,
  path: string,
  body: unknown,
  auth: string | null,
  accept: number[] = [200, 201],
): Promise<{ status: number; body: Json & Json[] }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const parsed = text ? JSON.parse(text) : {};
  if (!accept.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return { status: res.status, body: parsed };
}

interface Person {
  firstName: string;
  lastName: string;
  language: string;
  french: 'A2' | 'B1' | 'B2';
  protection: 'refugee' | 'subsidiary_protection';
  trade: string;
  sector: string;
  town: string;
  /** How far through the intake: applied, screened, interviewed, admitted, waitlisted. */
  stage: 'applied' | 'screened' | 'interviewed' | 'admitted' | 'waitlisted';
  channel: 'website' | 'partner_referral';
}

const TERRITORIES = {
  rennes: {
    label: 'Rennes',
    ngo: { id: 'cirefe', name: 'CIREFE (centre de langues)', kind: 'language_centre' },
    people: [
      {
        firstName: 'Amina',
        lastName: 'Haidari',
        language: 'fa',
        french: 'B1',
        protection: 'refugee',
        trade: 'M1607',
        sector: 'finance',
        town: 'Rennes',
        stage: 'admitted',
        channel: 'partner_referral',
      },
      {
        firstName: 'Yonas',
        lastName: 'Tesfaye',
        language: 'ti',
        french: 'A2',
        protection: 'subsidiary_protection',
        trade: 'N4101',
        sector: 'transport',
        town: 'Vitré',
        stage: 'admitted',
        channel: 'website',
      },
      {
        firstName: 'Lina',
        lastName: 'Haddad',
        language: 'ar',
        french: 'B2',
        protection: 'refugee',
        trade: 'J1506',
        sector: 'health',
        town: 'Rennes',
        stage: 'admitted',
        channel: 'partner_referral',
      },
      {
        firstName: 'Oleksandr',
        lastName: 'Melnyk',
        language: 'uk',
        french: 'A2',
        protection: 'subsidiary_protection',
        trade: 'F1703',
        sector: 'construction',
        town: 'Fougères',
        stage: 'waitlisted',
        channel: 'website',
      },
      {
        firstName: 'Zainab',
        lastName: 'Noor',
        language: 'ps',
        french: 'B1',
        protection: 'refugee',
        trade: 'K2111',
        sector: 'education',
        town: 'Rennes',
        stage: 'interviewed',
        channel: 'website',
      },
      {
        firstName: 'Dawit',
        lastName: 'Bekele',
        language: 'am',
        french: 'A2',
        protection: 'refugee',
        trade: 'G1602',
        sector: 'hospitality',
        town: 'Saint-Malo',
        stage: 'applied',
        channel: 'website',
      },
    ] as Person[],
    volunteers: [
      ['Camille', 'Durand', 'M1607', 'finance'],
      ['Julien', 'Le Goff', 'N4101', 'transport'],
      ['Sophie', 'Morel', 'J1506', 'health'],
    ],
  },
  paris: {
    label: 'Paris',
    ngo: { id: 'france-travail', name: 'France Travail', kind: 'employment_service' },
    people: [
      {
        firstName: 'Mariam',
        lastName: 'Diallo',
        language: 'ff',
        french: 'B1',
        protection: 'refugee',
        trade: 'D1106',
        sector: 'retail',
        town: 'Paris',
        stage: 'admitted',
        channel: 'website',
      },
      {
        firstName: 'Samir',
        lastName: 'Noori',
        language: 'ps',
        french: 'B2',
        protection: 'refugee',
        trade: 'M1805',
        sector: 'it',
        town: 'Montreuil',
        stage: 'admitted',
        channel: 'partner_referral',
      },
      {
        firstName: 'Hawa',
        lastName: 'Keita',
        language: 'bm',
        french: 'A2',
        protection: 'subsidiary_protection',
        trade: 'G1602',
        sector: 'hospitality',
        town: 'Saint-Denis',
        stage: 'screened',
        channel: 'website',
      },
    ] as Person[],
    volunteers: [
      ['Léa', 'Bernard', 'D1106', 'retail'],
      ['Hugo', 'Petit', 'M1805', 'it'],
    ],
  },
} as const;

const MAX_CAPACITY = 25;

async function main() {
  const hq = await token('national', 'hq');

  // Partner organisations and companies serve both territories.
  for (const [territoryId, t] of Object.entries(TERRITORIES)) {
    await call(
      recruitmentUrl,
      'POST',
      '/v1/partner-organisations',
      { id: t.ngo.id, territoryId: [territoryId], name: t.ngo.name, kind: t.ngo.kind },
      hq,
      [201, 409],
    );
  }
  for (const [id, name, sectors] of [
    ['sncf', 'SNCF', ['transport']],
    ['societe-generale', 'Société Générale', ['finance', 'it']],
  ] as const) {
    await call(recruitmentUrl, 'POST', '/v1/partner-companies', { id, territoryId: ['rennes', 'paris'], name, sectors }, hq, [201, 409]);
  }

  for (const [territoryId, t] of Object.entries(TERRITORIES)) {
    const manager = await token(territoryId, 'manager');
    const name = `${t.label} 2027-S1`;

    // A promotion open for recruiting.
    const existing = await call(recruitmentUrl, 'GET', `/v1/promotions?territoryId=${territoryId}&perPage=100`, undefined, manager);
    let promotion = (existing.body as unknown as Json[]).find((p) => p.name === name);
    if (!promotion) {
      promotion = (
        await call(
          recruitmentUrl,
          'POST',
          '/v1/promotions',
          {
            territoryId,
            name,
            startsOn: '2027-01-15',
            endsOn: '2027-07-15',
            capacity: MAX_CAPACITY,
            kickoffOn: '2027-01-16',
            rexEveningOn: '2027-04-08',
          },
          manager,
        )
      ).body;
    }
    const promotionId = String(promotion._id);
    if (promotion.status === 'planned')
      await call(recruitmentUrl, 'POST', `/v1/promotions/${promotionId}/transitions`, { to: 'recruiting' }, manager);

    // Applicants, each taken as far as their stage.
    let stages = 0;
    for (const p of t.people) {
      const email = `${p.firstName}.${p.lastName}@demo.binome.test`.toLowerCase().replace(/\s/g, '');
      const applied = await call(
        recruitmentUrl,
        'POST',
        '/v1/applications',
        {
          territoryId,
          firstName: p.firstName,
          lastName: p.lastName,
          email,
          town: p.town,
          protectionStatus: p.protection,
          languages: [{ language: p.language, level: 'native' }],
          frenchLevel: p.french,
          experience: [{ trade: p.sector, sector: p.sector, years: 4, country: 'AF' }],
          targetTrade: p.trade,
          targetSector: p.sector,
          availability: ['tue-pm', 'thu-am'],
          housingStable: true,
          resourcesStable: true,
          channel: p.channel,
          ...(p.channel === 'partner_referral' ? { referringPartnerId: t.ngo.id } : {}),
          consent: { dataProcessing: true, partnerSharing: p.channel === 'partner_referral', noticeVersion: '2026-01' },
        },
        null,
        [201, 409],
      );
      if (applied.status === 409) continue; // seeded before
      const id = String(applied.body.id);
      const order = ['applied', 'screened', 'interviewed', 'admitted', 'waitlisted'];
      const reach = order.indexOf(p.stage);
      if (reach >= 1)
        await call(
          recruitmentUrl,
          'POST',
          `/v1/candidates/${id}/screening`,
          { understoodProgramme: true, outcome: 'passed', housingStable: true, resourcesStable: true },
          manager,
        );
      if (reach >= 2)
        await call(
          recruitmentUrl,
          'POST',
          `/v1/candidates/${id}/interview`,
          {
            interviewerIds: ['staff-anne', 'staff-karim'],
            durationMinutes: 35,
            assessedFrenchLevel: p.french,
            need: { score: 4 },
            motivation: { score: 5 },
            projectMaturity: { score: 3 },
            workshopNeeds: ['CV', 'NETWORK', 'PROFESSIONAL_CODES'],
          },
          manager,
        );
      if (p.stage === 'admitted')
        await call(recruitmentUrl, 'POST', `/v1/candidates/${id}/decision`, { outcome: 'admitted', promotionId }, manager);
      if (p.stage === 'waitlisted')
        await call(recruitmentUrl, 'POST', `/v1/candidates/${id}/decision`, { outcome: 'waitlisted', promotionId }, manager);
      stages++;
    }

    // Trained volunteers of the partner companies.
    for (const [firstName, lastName, trade, sector] of t.volunteers) {
      const companyId = sector === 'transport' ? 'sncf' : 'societe-generale';
      const v = await call(
        recruitmentUrl,
        'POST',
        '/v1/volunteers',
        {
          territoryId,
          promotionId,
          companyId,
          firstName,
          lastName,
          email: `${firstName}.${lastName}@demo-volunteer.binome.test`.toLowerCase().replace(/[\sé]/g, (c) => (c === 'é' ? 'e' : '')),
          jobTitle: `${sector} professional`,
          sector,
          trade,
          workplace: { address: '1 place de la Gare', town: t.label },
          languages: [{ language: 'en', level: 'fluent' }],
          availability: ['tue-pm', 'thu-am'],
          strengths: ['CV', 'NETWORK', 'PROFESSIONAL_CODES'],
          capacity: 1,
          commitment: { accepted: true, plannedDays: 3.5 },
        },
        manager,
        [201, 409],
      );
      if (v.status === 201)
        await call(recruitmentUrl, 'POST', `/v1/volunteers/${v.body.id}/transitions`, { to: 'trained', attendedOn: '2027-01-16' }, manager);
    }

    // A matching proposal for the promotion (skipped quietly if matching is not running).
    const proposal = await call(matchingUrl, 'POST', `/v1/promotions/${promotionId}/proposals`, { territoryId }, manager, [201, 409]).catch(
      () => undefined,
    );
    const pairs = Array.isArray(proposal?.body.pairs) ? proposal?.body.pairs.length : 0;
    console.log(
      `[seed] ${t.label}: promotion "${name}", ${stages} new applicants through the intake, ${t.volunteers.length} volunteers, ${pairs} proposed pairs`,
    );
    if (territoryId === 'rennes' && proposal)
      for (const line of await seedMeetings(promotionId, manager)) console.log(`[seed] ${t.label}: ${line}`);
    console.log(`[seed] ${t.label}: ${await seedWorkshops(territoryId, promotionId, manager)}`);
  }
  for (const line of await seedResources(hq, await token('rennes', 'manager'))) console.log(`[seed] resources: ${line}`);
}

/** Territory, title, audiences, topics, markdown and language (French unless named). */
type LibraryEntry = readonly [string, string, readonly string[], readonly string[], string, string?];
const LIBRARY: readonly LibraryEntry[] = [
  [
    'national',
    'Guide de la recherche d’emploi en France',
    ['beneficiary', 'volunteer'],
    ['job-search', 'cv'],
    '## Chercher un emploi\n\n1. Faire un CV à la française.\n2. S’inscrire à France Travail.',
  ],
  [
    'national',
    'Droit d’asile et droits des réfugiés',
    ['volunteer', 'konnecteur', 'staff'],
    ['asylum-and-rights'],
    '## Les statuts\n\nRéfugié, protection subsidiaire : ce qu’ils ouvrent comme droits.',
  ],
  [
    'national',
    'Boîte à outils du mentorat',
    ['volunteer', 'konnecteur'],
    ['mentoring-toolkit'],
    '## La posture de mentor\n\nÉcouter, encourager, ouvrir son réseau.',
  ],
  [
    'national',
    'FAQ des bénéficiaires',
    ['beneficiary'],
    ['faq'],
    '## Questions fréquentes\n\n**Combien de temps dure le programme ?** Six mois.',
  ],
  [
    'national',
    'Beneficiaries’ FAQ',
    ['beneficiary'],
    ['faq'],
    '## Frequently asked questions\n\n**How long does the programme last?** Six months.',
    'en',
  ],
  [
    'rennes',
    'Diaporama de la journée de formation — Rennes',
    ['volunteer'],
    ['training'],
    '## Programme de la journée\n\n9 h accueil, 10 h droit d’asile, 14 h interculturalité.',
  ],
];

/** The library, the training modules, the meeting guides and a badge for a Rennes volunteer (skipped quietly if resources is not running). */
async function seedResources(hq: string, rennes: string): Promise<string[]> {
  const ready = await fetch(`${resourcesUrl}/readyz`)
    .then((r) => r.ok)
    .catch(() => false);
  if (!ready) return ['not running, skipped'];
  const lines: string[] = [];
  const ids: Record<string, string> = {};
  for (const [territoryId, title, audiences, topics, markdown, language = 'fr'] of LIBRARY) {
    const auth = territoryId === 'national' ? hq : rennes;
    const found = await call(
      resourcesUrl,
      'GET',
      `/v1/resources?q=${encodeURIComponent(title)}&territoryId=${territoryId}`,
      undefined,
      auth,
    );
    let id = (found.body[0] as Json | undefined)?.id as string | undefined;
    if (!id) {
      id = (await call(resourcesUrl, 'POST', '/v1/resources', { territoryId, title, audiences, topics, language, markdown }, auth)).body
        .id as string;
      await call(resourcesUrl, 'POST', `/v1/resources/${id}/publish`, {}, auth);
    }
    ids[title] = id;
  }
  lines.push(`${LIBRARY.length} published resources (national and Rennes; French, one in English)`);

  const modules = await call(resourcesUrl, 'GET', '/v1/training-modules?territoryId=national', undefined, hq);
  const byTitle = (title: string) => (modules.body as Json[]).find((m) => m.title === title)?.id as string | undefined;
  const training =
    byTitle('Journée de formation initiale des bénévoles') ??
    ((
      await call(
        resourcesUrl,
        'POST',
        '/v1/training-modules',
        {
          territoryId: 'national',
          title: 'Journée de formation initiale des bénévoles',
          audience: 'volunteer',
          mandatory: true,
          parts: [
            { id: 'rights', title: 'Droit d’asile et droits des réfugiés', resourceId: ids['Droit d’asile et droits des réfugiés'] },
            { id: 'intercultural', title: 'Communication interculturelle' },
            { id: 'posture', title: 'Posture de mentor', resourceId: ids['Boîte à outils du mentorat'] },
          ],
          rule: { kind: 'attendance' },
        },
        hq,
      )
    ).body.id as string);
  if (!byTitle('Suivre un binôme (Konnecteurs)'))
    await call(
      resourcesUrl,
      'POST',
      '/v1/training-modules',
      {
        territoryId: 'national',
        title: 'Suivre un binôme (Konnecteurs)',
        audience: 'konnecteur',
        mandatory: true,
        parts: [
          { id: 'role', title: 'Le rôle du Konnecteur' },
          { id: 'alerts', title: 'Les alertes de rythme' },
        ],
        rule: {
          kind: 'parts-and-quiz',
          passMark: 50,
          questions: [
            { id: 'q1', prompt: 'Combien de rencontres par mois ?', options: ['une', 'deux', 'quatre'], answer: 1 },
            { id: 'q2', prompt: 'Qui confirme qu’une rencontre a eu lieu ?', options: ['les deux participants', 'personne'], answer: 0 },
          ],
        },
      },
      hq,
    );
  if (!byTitle('Animer un atelier (Koachs)'))
    await call(
      resourcesUrl,
      'POST',
      '/v1/training-modules',
      {
        territoryId: 'national',
        title: 'Animer un atelier (Koachs)',
        audience: 'koach',
        parts: [
          { id: 'welcome', title: 'Accueillir un groupe plurilingue' },
          { id: 'roll', title: 'Faire l’appel et le code de présence' },
        ],
        rule: { kind: 'attendance' },
      },
      hq,
    );
  lines.push('training modules: the volunteers’ training day (mandatory), the Konnecteurs’ (mandatory, with a quiz), the Koachs’');

  await call(
    resourcesUrl,
    'PUT',
    '/v1/territories/national/meeting-guide',
    {
      entries: [
        {
          stages: ['first-meeting'],
          need: 'any',
          volunteerText: 'Faire connaissance, présenter le programme et son calendrier',
          beneficiaryText: 'On fait connaissance. On parle du programme.',
        },
        {
          stages: ['early', 'middle'],
          need: 'cv',
          volunteerText: 'Relire le CV ligne à ligne ; apporter le guide de la recherche d’emploi',
          beneficiaryText: 'Apportez votre CV. On le corrige ensemble.',
          resourceIds: [ids['Guide de la recherche d’emploi en France']],
        },
        {
          stages: ['middle'],
          need: 'network',
          volunteerText: 'Présenter deux contacts de votre entreprise ou de votre réseau',
          beneficiaryText: 'On parle des personnes à rencontrer.',
        },
        {
          stages: ['middle', 'closing'],
          need: 'interview-preparation',
          volunteerText: 'Simuler un entretien d’embauche',
          beneficiaryText: 'On s’entraîne pour un entretien.',
        },
        {
          stages: ['closing'],
          need: 'any',
          volunteerText: 'Faire le bilan et préparer la suite',
          beneficiaryText: 'On fait le bilan des six mois.',
        },
      ],
    },
    hq,
  );
  lines.push('meeting guides: the national guide (stage × needs)');

  // A Rennes volunteer attends the training day: recruitment and the badges follow from ModuleCompleted.
  const volunteer = (await call(recruitmentUrl, 'GET', '/v1/volunteers?perPage=1&sort=id', undefined, rennes)).body[0] as Json | undefined;
  if (volunteer) {
    const attendedOn = new Date().toISOString().slice(0, 10);
    await call(resourcesUrl, 'POST', `/v1/training-modules/${training}/attendance`, { personId: volunteer.id, attendedOn }, rennes);
    for (let i = 0; i < 60; i++) {
      const badges = (await call(resourcesUrl, 'GET', `/v1/badges?recipientId=${volunteer.id}`, undefined, rennes)).body as Json[];
      if (badges.length) {
        lines.push(
          `badge "${badges[0].achievementName}" for volunteer ${String(volunteer.id)}: ${String((badges[0].links as Json).verification)}`,
        );
        break;
      }
      await sleep(500);
    }
  }
  return lines;
}

/** Impact's demo (skipped with a note if impact or the broker is not there). */
async function seedImpactDemo(): Promise<void> {
  const manager = await token('rennes', 'manager');
  const line = await seedImpact(impactUrl, manager).catch((e: Error) => `impact not seeded: ${e.message}`);
  console.log(`[seed] Rennes: ${line}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const HOUR_MS = 3_600_000;
/** A round start time: `hours` from now, on the quarter hour. */
const quarterHour = (hours: number) => new Date(Math.floor((Date.now() + hours * HOUR_MS) / 900_000) * 900_000);

/** Scheduling projects a pair from matching's `PairConfirmed`: wait for it (bounded), via the manager's read. */
async function scheduledPair(pairId: string, manager: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${schedulingUrl}/v1/pairs/${pairId}/health`, { headers: { authorization: `Bearer ${manager}` } }).catch(
      () => undefined,
    );
    if (res?.ok) return;
    if (Date.now() > deadline)
      throw new Error(
        `scheduling has not received pair ${pairId} from matching within ${timeoutMs / 1000} s (last: ${res?.status ?? 'no answer'})`,
      );
    await sleep(500);
  }
}

/** A meeting planned a moment ahead, then answered "it did not take place" by staff once it started. */
async function noShow(pairId: string, manager: string): Promise<void> {
  const startsAt = new Date(Date.now() + 2_000);
  const planned = await call(schedulingUrl, 'POST', `/v1/pairs/${pairId}/meetings`, { startsAt, durationMinutes: 30 }, manager);
  await sleep(startsAt.getTime() - Date.now() + 500);
  await call(schedulingUrl, 'POST', `/v1/meetings/${planned.body.id}/attendance`, { tookPlace: false }, manager);
}

const DEMO_KONNECTEUR = { id: 'k-rennes-demo', email: 'konnecteur@rennes.binome.test', firstName: 'Karim' };

/**
 * The demo Konnecteur (the `konnecteur` user of Rennes) follows the two pairs: matching assigns
 * them, scheduling learns it from `KonnecteurAssigned`, and staff link the referent id to the
 * account, so the Konnecteur's token reaches the pairs and the at-risk alert is emailed (caught by
 * npm start's SMTP catcher).
 */
async function followedByDemoKonnecteur(promotionId: string, pairIds: string[], manager: string): Promise<void> {
  await call(
    matchingUrl,
    'POST',
    `/v1/promotions/${promotionId}/konnecteur-assignment`,
    {
      territoryId: 'rennes',
      konnecteurs: [{ id: DEMO_KONNECTEUR.id, location: { lat: 48.1113, lon: -1.68 }, capacity: 3, email: DEMO_KONNECTEUR.email }],
    },
    manager,
  );
  await call(
    schedulingUrl,
    'PUT',
    `/v1/territories/rennes/konnecteurs/${DEMO_KONNECTEUR.id}/contact`,
    { email: DEMO_KONNECTEUR.email, firstName: DEMO_KONNECTEUR.firstName, language: 'fr' },
    manager,
  );
  const deadline = Date.now() + 30_000;
  for (const pairId of pairIds)
    for (;;) {
      const health = (await call(schedulingUrl, 'GET', `/v1/pairs/${pairId}/health`, undefined, manager)).body;
      if (health.konnecteurId === DEMO_KONNECTEUR.id) break;
      if (Date.now() > deadline) throw new Error(`scheduling has not learnt the Konnecteur of pair ${pairId} within 30 s`);
      await sleep(500);
    }
}

/** The promotion's REX evening in six weeks, its participants invited (the Konnecteur has an address: caught mail). */
async function rexEvening(promotionId: string, manager: string): Promise<string> {
  const listed = (await call(schedulingUrl, 'GET', `/v1/promotions/${promotionId}/calendar-events`, undefined, manager))
    .body as unknown as Json[];
  const found = listed.find((e) => e.kind === 'rex-evening');
  const event =
    found ??
    (
      await call(
        schedulingUrl,
        'POST',
        `/v1/promotions/${promotionId}/calendar-events`,
        {
          territoryId: 'rennes',
          kind: 'rex-evening',
          startsAt: quarterHour(6 * 7 * 24),
          durationMinutes: 180,
          venue: 'Maison des associations, Rennes',
        },
        manager,
      )
    ).body;
  return `REX evening ${String(event.startsAt)}: ${(event.counts as Json).invited} invited (emails in the SMTP catcher)`;
}

/**
 * Two Rennes pairs approved, then their meetings. A pair confirmed today has 14 days for its first
 * meeting, so an empty agenda would still be on track: the second pair's two no-shows make the
 * pair at risk on the triage queue. Pairs that already have meetings are left as they are.
 */
async function seedMeetings(promotionId: string, manager: string): Promise<string[]> {
  const listed = await call(matchingUrl, 'GET', `/v1/promotions/${promotionId}/pairs?status=proposed,confirmed,active`, undefined, manager);
  // The pairs approved by an earlier run first, so that a second run schedules the same two.
  const rank = (p: Json) => (p.status === 'proposed' ? 1 : 0);
  const pairs = (listed.body as unknown as Json[])
    .sort((a, b) => rank(a) - rank(b) || String(a.id).localeCompare(String(b.id)))
    .slice(0, 2);
  if (pairs.length < 2) return [`only ${pairs.length} pair(s) to schedule: no meetings seeded`];
  for (const pair of pairs) {
    if (pair.status === 'proposed') await call(matchingUrl, 'POST', `/v1/pairs/${pair.id}/approve`, {}, manager);
    await scheduledPair(String(pair.id), manager);
  }
  const [onTrack, atRisk] = pairs.map((p) => String(p.id));
  await followedByDemoKonnecteur(promotionId, [onTrack, atRisk], manager);
  const agenda = async (pairId: string) =>
    (await call(schedulingUrl, 'GET', `/v1/pairs/${pairId}/meetings`, undefined, manager)).body as unknown as Json[];

  if (!(await agenda(onTrack)).length) {
    // Staff logging it is the programme side's confirmation: held at once.
    await call(
      schedulingUrl,
      'POST',
      `/v1/pairs/${onTrack}/logged-meetings`,
      { startsAt: quarterHour(-3), place: 'workplace', topics: ['cv', 'trade-or-training-choice'] },
      manager,
    );
    await call(
      schedulingUrl,
      'POST',
      `/v1/pairs/${onTrack}/meetings`,
      { startsAt: quarterHour(7 * 24), place: 'video', topics: ['cover-letter', 'interview-preparation'] },
      manager,
    );
  }
  if (!(await agenda(atRisk)).length) for (let i = 0; i < 2; i++) await noShow(atRisk, manager);

  const lines: string[] = [await rexEvening(promotionId, manager)];
  for (const pairId of [onTrack, atRisk]) {
    const meetings = await agenda(pairId);
    const by = (status: string) => meetings.filter((m) => m.status === status).length;
    const health = (await call(schedulingUrl, 'GET', `/v1/pairs/${pairId}/health`, undefined, manager)).body;
    const reasons = (health.reasons as { text: string }[]).map((r) => r.text).join(', ');
    lines.push(
      `pair ${pairId} confirmed: ${by('held')} held, ${by('planned')} planned, ${by('missed')} missed meetings; health ${health.status}${reasons ? ` (${reasons})` : ''}`,
    );
  }
  return lines;
}

const DAY_MS = 86_400_000;
/** A day ahead at a given hour (UTC), for sessions. */
const dayAt = (days: number, hour: number) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + days * DAY_MS + hour * HOUR_MS);

/**
 * Workshops learns of admitted beneficiaries and their needs from recruitment's events: wait for
 * them (bounded), then a Koach, three sessions of the promotion (CV with a small capacity so that
 * a waitlist forms, LinkedIn remote, professional codes without a facilitator: at risk) and the
 * registrations. A promotion that already has sessions is left as it is.
 */
async function seedWorkshops(territoryId: string, promotionId: string, manager: string): Promise<string> {
  const existing = await call(workshopsUrl, 'GET', `/v1/sessions?promotionId=${promotionId}`, undefined, manager).catch(() => undefined);
  if (!existing) return 'workshops not running: no sessions seeded';
  if ((existing.body as unknown as Json[]).length)
    return `workshops: ${(existing.body as unknown as Json[]).length} sessions already there`;
  const admitted = (
    (await call(recruitmentUrl, 'GET', `/v1/candidates?promotionId=${promotionId}&status=admitted&perPage=100`, undefined, manager))
      .body as unknown as Json[]
  ).map((c) => String(c.id));
  // A freshly started workshops reads recruitment's topic from its beginning: on a machine with
  // history that takes a while. Past the bound, say so and let the rest of the demo start.
  const deadline = Date.now() + 120_000;
  for (const id of admitted)
    for (;;) {
      const res = await fetch(`${workshopsUrl}/v1/beneficiaries/${id}/recommendations`, {
        headers: { authorization: `Bearer ${manager}` },
      });
      if (res.ok) break;
      if (Date.now() > deadline)
        return `workshops has not yet received beneficiary ${id} from recruitment (120 s): no sessions seeded; run \`npm run seed\` again later`;
      await sleep(500);
    }
  const koach = await call(
    workshopsUrl,
    'POST',
    '/v1/facilitators',
    {
      territoryId,
      kind: 'koach',
      email: `koach@${territoryId}.binome.test`,
      availability: [{ startsAt: dayAt(1, 0), endsAt: dayAt(60, 0) }],
    },
    manager,
    [201, 409],
  );
  const koachIds = koach.status === 201 ? [String(koach.body.id)] : [];
  const plan = async (workshop: string, days: number, extra: Json) =>
    String(
      (
        await call(
          workshopsUrl,
          'POST',
          '/v1/sessions',
          {
            workshopId: `${territoryId}-${workshop}`,
            promotionIds: [promotionId],
            startsAt: dayAt(days, 9),
            endsAt: dayAt(days, 12),
            ...extra,
          },
          manager,
        )
      ).body.id,
    );
  const cv = await plan('cv', 10, {
    place: 'Locaux Binôme',
    capacity: { beneficiaries: Math.max(1, admitted.length - 2) },
    facilitatorIds: koachIds,
  });
  const linkedin = await plan('linkedin', 17, {
    link: 'https://meet.binome.example/linkedin',
    capacity: { beneficiaries: 12 },
    facilitatorIds: koachIds,
  });
  await plan('professional-codes', 24, { place: 'Locaux Binôme', capacity: { beneficiaries: 12 } });
  let seated = 0;
  let waitlisted = 0;
  for (const session of [cv, linkedin])
    for (const personId of admitted) {
      const r = await call(workshopsUrl, 'POST', `/v1/sessions/${session}/registrations`, { personId }, manager, [201, 409]);
      if (r.body.status === 'registered') seated++;
      if (r.body.status === 'waitlisted') waitlisted++;
    }
  return `workshops: 3 sessions (one without a facilitator, at risk), ${seated} seats taken, ${waitlisted} on the CV waitlist`;
}

main()
  .then(seedImpactDemo)
  .catch((e: Error) => {
    console.error(`[seed] ${e.message}`);
    process.exit(1);
  });
