import type { BeneficiaryProfile, CefrLevel, Gender, LanguageLevel, VolunteerProfile } from './profiles';
import { BanList, brokenRule, checkPair, RULES } from './rules';
import { DEFAULT_SCORING_WEIGHTS, PairScorer, resolveWeights, scorePair, type ScoringWeights } from './score';
import { SeededRandom } from './seeded-random';
import { makeBeneficiary, makeVolunteer } from './testing/profiles.fixture';

/**
 * PairScorer must give exactly scorePair's totals: the cohort matrix uses the one, explanations the
 * other. Profiles here are random and deliberately odd (empty, short or lower-case trades, unknown
 * CEFR levels, French as a native language, duplicated slots and needs, no minimum, no gender,
 * identical and far-apart places), under default and unusual weights.
 */
const TRADES = ['N1103', 'N1105', 'n1103', 'M1607', 'M16', 'M1', '', 'F1703', 'K1302'];
const SECTORS = ['logistics', 'services', 'construction', '', 'care'];
const CEFR: string[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'Z9'];
const LANGS = ['ar', 'fr', 'en', 'ps', 'ti', 'uk'];
const LEVELS: string[] = ['native', 'fluent', 'intermediate', 'basic', 'unknown'];
const SLOTS = ['mon-am', 'mon-pm', 'tue-am', 'tue-pm', 'wed-am', 'wed-pm', 'thu-am', 'fri-pm'];
const TOPICS = ['CV', 'LINKEDIN', 'PITCH', 'PROFESSIONAL_CODES', 'FRENCH', 'DIGITAL', 'NETWORK', 'INTERVIEW'];
const GENDERS: (Gender | undefined)[] = ['F', 'M', 'X', undefined];

function place(rng: SeededRandom): { lat: number; lon: number } {
  const roll = rng.next();
  if (roll < 0.2) return { lat: 48.11, lon: -1.68 };
  if (roll < 0.25) return { lat: -48.11, lon: 178.32 };
  return { lat: 43 + rng.next() * 8, lon: -4 + rng.next() * 12 };
}

function languages(rng: SeededRandom): { code: string; level: LanguageLevel }[] {
  return Array.from({ length: rng.int(0, 3) }, () => ({ code: rng.pick(LANGS), level: rng.pick(LEVELS) as LanguageLevel }));
}

function beneficiary(rng: SeededRandom, i: number, slots: string[]): BeneficiaryProfile {
  const preference = rng.pick(GENDERS);
  return makeBeneficiary({
    id: `b${i}`,
    trade: rng.pick(TRADES),
    sector: rng.pick(SECTORS),
    frenchLevel: rng.pick(CEFR) as CefrLevel,
    languages: languages(rng),
    town: place(rng),
    availability: Array.from({ length: rng.int(0, 5) }, () => rng.pick(slots)),
    needs: Array.from({ length: rng.int(0, 4) }, () => rng.pick(TOPICS)) as BeneficiaryProfile['needs'],
    ...(preference ? { genderPreference: preference } : {}),
  });
}

function volunteer(rng: SeededRandom, j: number, slots: string[]): VolunteerProfile {
  const gender = rng.pick(GENDERS);
  const minimum = rng.next() < 0.2 ? undefined : (rng.pick(CEFR) as CefrLevel);
  return makeVolunteer({
    id: `v${j}`,
    trade: rng.pick(TRADES),
    sector: rng.pick(SECTORS),
    languages: languages(rng),
    workplace: place(rng),
    availability: Array.from({ length: rng.int(0, 5) }, () => rng.pick(slots)),
    strengths: Array.from({ length: rng.int(0, 5) }, () => rng.pick(TOPICS)) as VolunteerProfile['strengths'],
    ...(gender ? { gender } : {}),
    minFrenchLevel: minimum,
  });
}

function expectSameTotals(bs: BeneficiaryProfile[], vs: VolunteerProfile[], weights: ScoringWeights): number {
  const scorer = new PairScorer(bs, vs, weights);
  let checked = 0;
  for (let i = 0; i < bs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      const expected = scorePair(bs[i], vs[j], weights).total;
      const actual = scorer.total(i, j);
      if (actual !== expected)
        expect({ pair: `${bs[i].id}–${vs[j].id}`, actual }).toEqual({ pair: `${bs[i].id}–${vs[j].id}`, actual: expected });
      checked++;
    }
  }
  return checked;
}

describe('PairScorer', () => {
  const weightSets: [string, ScoringWeights][] = [
    ['default weights', DEFAULT_SCORING_WEIGHTS],
    [
      'unusual weights',
      resolveWeights({
        criteria: { trade: 7, languages: 13, commute: 3, availability: 11, needs: 1, preference: 9 },
        tradeProximity: { sameTrade: 0.9, sameFamily: 0.45, sameSector: 0.15, none: 0.05 },
        commuteHalfScoreKm: 7.5,
        availabilityTargetSlots: 3,
        frenchShare: 0.33,
      }),
    ],
  ];

  it.each(weightSets)('When random and odd profiles are scored (%s), then every total equals scorePair', (_label, weights) => {
    const rng = new SeededRandom(4711);
    const bs = Array.from({ length: 60 }, (_, i) => beneficiary(rng, i, SLOTS));
    const vs = Array.from({ length: 60 }, (_, j) => volunteer(rng, j, SLOTS));
    expect(expectSameTotals(bs, vs, weights)).toBe(3600);
  });

  it('When profiles use more than 31 distinct slots (masks cannot hold them), then totals still equal scorePair', () => {
    const rng = new SeededRandom(12);
    const many = Array.from({ length: 40 }, (_, k) => `slot-${k}`);
    const bs = Array.from({ length: 20 }, (_, i) => beneficiary(rng, i, many));
    const vs = Array.from({ length: 20 }, (_, j) => volunteer(rng, j, many));
    expect(expectSameTotals(bs, vs, DEFAULT_SCORING_WEIGHTS)).toBe(400);
  });

  it('When a pair differs in one criterion only, then the fast total moves exactly as scorePair does', () => {
    const b = makeBeneficiary({ id: 'b', trade: 'M1607', sector: 'services', genderPreference: 'F', needs: ['CV', 'PITCH'] });
    const variants = [
      makeVolunteer({ id: 'same', trade: 'M1607', sector: 'services', gender: 'F', strengths: ['CV', 'PITCH'] }),
      makeVolunteer({ id: 'family', trade: 'm1602', sector: 'x', gender: 'F' }),
      makeVolunteer({ id: 'sector', trade: 'K1302', sector: 'services', gender: 'M' }),
      makeVolunteer({ id: 'far', trade: 'K1302', sector: 'care', workplace: { lat: 43.3, lon: 5.37 } }),
    ];
    const scorer = new PairScorer([b], variants);
    variants.forEach((v, j) => expect(scorer.total(0, j)).toBe(scorePair(b, v).total));
    expect(new Set(variants.map((_, j) => scorer.total(0, j))).size).toBe(4);
  });
});

describe('brokenRule', () => {
  it('When pairs break each rule, then it names the same rule as checkPair, and checkPair explains it', () => {
    const b = makeBeneficiary({ id: 'b', conflicts: ['acme'] });
    const bans = new BanList([{ beneficiaryId: 'b', volunteerId: 'banned' }]);
    const cases: [VolunteerProfile, string | null][] = [
      [makeVolunteer({ id: 'ok' }), null],
      [makeVolunteer({ id: 'elsewhere', territoryId: 't2' }), RULES.sameTerritory],
      [makeVolunteer({ id: 'later', promotionId: 'p2' }), RULES.samePromotion],
      [makeVolunteer({ id: 'colleague', companyId: 'acme' }), RULES.conflictOfInterest],
      [makeVolunteer({ id: 'untrained', trained: false }), RULES.volunteerTrained],
      [makeVolunteer({ id: 'banned' }), RULES.ban],
    ];
    for (const [v, rule] of cases) {
      expect(brokenRule(b, v, bans)).toBe(rule);
      expect(checkPair(b, v, bans)?.rule ?? null).toBe(rule);
      if (rule) expect(checkPair(b, v, bans)?.message).toContain(v.id);
    }
    expect(new BanList([{ beneficiaryId: 'b', volunteerId: 'v' }]).has('v', 'b')).toBe(false);
  });
});
