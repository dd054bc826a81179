import type { Candidate } from './candidate.entity';
import { candidatePairViewOf, candidateSelfViewOf } from './candidate.views';

const at = new Date('2027-01-10T10:00:00Z');
const full: Candidate = {
  _id: 'c1',
  territoryId: 'rennes',
  status: 'waitlisted',
  revision: 5,
  identity: { firstName: 'Amina', lastName: 'Haidari' },
  contact: { email: 'amina@example.org', phone: '+33 6', town: 'Saint-Malo' },
  protection: { status: 'refugee', grantedOn: '2024-03-12' },
  languages: [{ language: 'fa', level: 'native' }],
  frenchLevel: 'B1',
  experience: [{ trade: 'Accountant', sector: 'Finance', years: 6, country: 'AF' }],
  target: { trade: 'M1607', sector: 'Finance' },
  availability: ['mon-am'],
  situation: { housingStable: true, resourcesStable: false, confirmedAt: at },
  channel: 'website',
  consent: {
    dataProcessing: { given: true, at, noticeVersion: '2026-01' },
    partnerSharing: { given: false, at, noticeVersion: '2026-01' },
  },
  screening: { understoodProgramme: true, outcome: 'passed', notes: 'SCREENING-NOTE', at, by: 'staff-screen' },
  interview: {
    interviewerIds: ['staff-anne', 'staff-karim'],
    durationMinutes: 30,
    assessedFrenchLevel: 'A2',
    need: { score: 4, notes: 'NEED-NOTE' },
    motivation: { score: 5 },
    projectMaturity: { score: 2 },
    workshopNeeds: ['CV', 'NETWORK'],
    notes: 'INTERVIEW-NOTE',
    at,
    by: 'staff-interview',
  },
  decision: {
    outcome: 'waitlisted',
    at,
    by: 'staff-decide',
    promotionId: 'p1',
    eligibility: [{ criterion: 'french', met: false, explanation: 'EXPLANATION' }],
    override: { reason: 'OVERRIDE-REASON', unmetCriteria: ['french'], at, by: 'staff-override' },
  },
  promotionId: 'p1',
  waitlistPosition: 7,
  waitlistedAt: at,
  history: [
    { status: 'applied', at, by: 'self' },
    { status: 'screened', at, by: 'staff-screen', note: 'HISTORY-NOTE' },
    { status: 'screened', at, by: 'staff-override', action: 'override', note: 'OVERRIDE-NOTE' },
  ],
  appliedAt: at,
};

const STAFF_ONLY = [
  'SCREENING-NOTE',
  'NEED-NOTE',
  'INTERVIEW-NOTE',
  'OVERRIDE-REASON',
  'OVERRIDE-NOTE',
  'HISTORY-NOTE',
  'EXPLANATION',
  'staff-',
];

describe('candidate views', () => {
  it('When the person reads their own application, then they get what they gave, their step and waitlist place, and no staff field', () => {
    const v = candidateSelfViewOf(full, { waitlistRank: 2, referrals: [] });
    expect(v).toMatchObject({
      id: 'c1',
      status: 'waitlisted',
      identity: full.identity,
      contact: full.contact,
      target: full.target,
      waitlist: { promotionId: 'p1', position: 2 },
    });
    for (const k of [
      'screening',
      'interview',
      'decision',
      'closure',
      'history',
      'waitlistPosition',
      'waitlistedAt',
      'revision',
      'renewal',
      'inboundReferralId',
      'referringPartnerId',
    ])
      expect({ field: k, present: k in v }).toEqual({ field: k, present: false });
    expect(v.situation).toEqual({ housingStable: true, resourcesStable: false });
    expect(v.steps).toEqual([
      { status: 'applied', at },
      { status: 'screened', at },
    ]);
    const text = JSON.stringify(v);
    for (const s of STAFF_ONLY) expect({ secret: s, leaked: text.includes(s) }).toEqual({ secret: s, leaked: false });
    expect('promotionId' in v).toBe(false);
    expect(candidateSelfViewOf({ ...full, status: 'admitted' })).toMatchObject({ promotionId: 'p1' });
  });

  it('When a mentor reads their pair’s beneficiary, then only first name, languages, target, town and needs', () => {
    const v = candidatePairViewOf(full);
    expect(v).toEqual({
      _id: 'c1',
      id: 'c1',
      view: 'pair',
      territoryId: 'rennes',
      firstName: 'Amina',
      languages: [{ language: 'fa', level: 'native' }],
      target: { trade: 'M1607', sector: 'Finance' },
      town: 'Saint-Malo',
      needs: ['CV', 'NETWORK'],
    });
  });
});
