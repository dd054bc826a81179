import { uniqueId } from './test-config';

// Request bodies for recruitment's API, shared by the integration and e2e specs. Plain data, no
// app import (module boundaries): the defaults are neutral and realistic, a spec overrides field
// by field what its assertions depend on. An override set to `undefined` drops the field from the
// JSON that is sent (JSON.stringify omits it), which is how a spec sends a shorter body.

type Overrides = Record<string, unknown>;

export const CONSENT = { dataProcessing: true, partnerSharing: false, noticeVersion: '2026-01' } as const;

/** The consent block of an application, with or without sharing with partners. */
export const consentBody = (partnerSharing = false) => ({ ...CONSENT, partnerSharing });

/** An application with only the fields `POST /v1/applications` requires (a unique email each call). */
export const minimalApplicationBody = (overrides: Overrides = {}) => ({
  territoryId: 'rennes',
  firstName: 'Amina',
  lastName: 'Haidari',
  email: `${uniqueId('amina.')}@example.org`,
  town: 'Rennes',
  protectionStatus: 'refugee',
  frenchLevel: 'B1',
  channel: 'website',
  consent: { ...CONSENT },
  ...overrides,
});

/** A complete application, as the public form sends it: a Rennes refugee accountant who speaks Dari. */
export const applicationBody = (overrides: Overrides = {}) =>
  minimalApplicationBody({
    phone: '+33 6 12 34 56 78',
    town: 'Saint-Malo',
    protectionGrantedOn: '2024-03-12',
    languages: [{ language: 'fa', level: 'native' }],
    experience: [{ trade: 'Accountant', sector: 'Finance', years: 6, country: 'AF' }],
    targetTrade: 'M1607',
    targetSector: 'Finance',
    availability: ['mon-am', 'thu-pm'],
    gender: 'F',
    genderPreference: 'F',
    housingStable: true,
    resourcesStable: true,
    ...overrides,
  });

/** Step 2 of the intake, passed (`POST /v1/candidates/:id/screening`). */
export const screeningBody = (overrides: Overrides = {}) => ({
  understoodProgramme: true,
  outcome: 'passed',
  housingStable: true,
  resourcesStable: true,
  notes: 'Understood the programme; lives with her sister Leila',
  ...overrides,
});

/** Step 3 of the intake, the panel interview (`POST /v1/candidates/:id/interview`). */
export const interviewBody = (overrides: Overrides = {}) => ({
  interviewerIds: ['staff-anne', 'staff-karim'],
  durationMinutes: 35,
  assessedFrenchLevel: 'B1',
  need: { score: 4, notes: 'Needs a network in finance' },
  motivation: { score: 5 },
  projectMaturity: { score: 3 },
  workshopNeeds: ['CV', 'LINKEDIN', 'NETWORK'],
  notes: 'Very motivated, former accountant in Kabul',
  ...overrides,
});

/** A Rennes promotion of the first half of 2027 with a unique name (`POST /v1/promotions`). */
export const promotionBody = (overrides: Overrides = {}) => ({
  territoryId: 'rennes',
  name: uniqueId('Promo '),
  startsOn: '2027-01-15',
  endsOn: '2027-07-15',
  ...overrides,
});

/** A partner company with a unique slug (`POST /v1/partner-companies`, HQ only). */
export const partnerCompanyBody = (overrides: Overrides = {}) => ({
  id: uniqueId('sncf-'),
  territoryId: ['rennes'],
  name: 'SNCF',
  ...overrides,
});

/** A partner organisation with a unique slug (`POST /v1/partner-organisations`). */
export const partnerOrganisationBody = (overrides: Overrides = {}) => ({
  id: uniqueId('cirefe-'),
  territoryId: ['rennes'],
  name: 'CIREFE',
  kind: 'language_centre',
  ...overrides,
});

/**
 * A partner organisation as stored, for specs that seed it through the repository (no API route
 * creates one with a fixed slug such as `cirefe`, which the Keycloak partner users belong to).
 * `kind` stays a literal type, so the result fits the app's entity type without a cast.
 */
export function partnerOrganisationDoc<K extends string = 'language_centre'>(
  id: string,
  overrides: { territoryId?: string[]; name?: string; kind?: K; refersIn?: boolean; receivesReferrals?: boolean; active?: boolean } = {},
) {
  const now = new Date();
  return {
    _id: id,
    territoryId: overrides.territoryId ?? ['rennes'],
    name: overrides.name ?? 'CIREFE',
    kind: overrides.kind ?? ('language_centre' as K),
    refersIn: overrides.refersIn ?? true,
    receivesReferrals: overrides.receivesReferrals ?? true,
    contacts: [] as { name: string; email: string }[],
    active: overrides.active ?? true,
    createdAt: now,
    updatedAt: now,
  };
}

/** A volunteer's enrolment (`POST /v1/volunteers`): a recruiter of the company, for the promotion. */
export const volunteerBody = (overrides: Overrides = {}) => ({
  territoryId: 'rennes',
  firstName: 'Camille',
  lastName: 'Durand',
  email: `${uniqueId('camille.')}@sncf.example`,
  jobTitle: 'Chargée de recrutement',
  sector: 'transport',
  trade: 'M1502',
  workplace: { address: '19 place de la Gare', town: 'Rennes' },
  languages: [{ language: 'en', level: 'fluent' }],
  availability: ['tue-pm', 'thu-am'],
  preferences: { sectors: ['logistique'] },
  strengths: ['CV', 'INTERVIEW'],
  capacity: 1,
  awarenessSession: { date: '2026-11-11' },
  trainingDayOn: '2027-01-20',
  commitment: { accepted: true, plannedDays: 3.5 },
  ...overrides,
});

/** A Konnecteur or a Koach (`POST /v1/konnecteurs`, `POST /v1/koachs`): same body, another kind. */
export const referentBody = (overrides: Overrides = {}) => ({
  territoryId: ['rennes'],
  firstName: 'Paul',
  lastName: 'Le Goff',
  email: `${uniqueId('paul.')}@sncf.example`,
  town: 'Vitré',
  availability: ['tue-pm', 'thu-pm'],
  ...overrides,
});

/**
 * An applicant as the cross-service specs feed matching: what the engine ranks (trade, sector,
 * languages, availability, stable situation) and nothing it would filter on (no gender preference).
 */
export const readyToMatchApplicationBody = (overrides: Overrides = {}) =>
  minimalApplicationBody({
    firstName: 'Test',
    lastName: 'Person',
    languages: [{ language: 'fa', level: 'native' }],
    targetTrade: 'M1607',
    targetSector: 'finance',
    availability: ['mon-am', 'thu-pm'],
    housingStable: true,
    resourcesStable: true,
    ...overrides,
  });

/** A volunteer as the cross-service specs feed matching: the same availability as the applicant, no optional steps. */
export const readyToMatchVolunteerBody = (overrides: Overrides = {}) =>
  volunteerBody({
    jobTitle: 'Employee',
    availability: ['mon-am', 'thu-pm'],
    strengths: ['CV'],
    preferences: undefined,
    awarenessSession: undefined,
    trainingDayOn: undefined,
    ...overrides,
  });
