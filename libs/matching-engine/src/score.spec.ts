import { DEFAULT_SCORING_WEIGHTS, haversineKm, maxScore, resolveWeights, scorePair } from './score';
import { solveCohort } from './assignment.solver';
import { makeBeneficiary, makeVolunteer } from './testing/profiles.fixture';

const W = DEFAULT_SCORING_WEIGHTS.criteria;

describe('scorePair', () => {
  const b = makeBeneficiary({ id: 'b', trade: 'M1607', sector: 'services' });

  it('When the trade is identical, in the same ROME family, the same sector or unrelated, then the trade contribution decreases', () => {
    const trade = (t: string, sector: string): number => scorePair(b, makeVolunteer({ id: 'v', trade: t, sector })).contributions.trade;
    expect(trade('M1607', 'x')).toBe(W.trade * 100);
    expect(trade('M1602', 'x')).toBe(Math.round(W.trade * 100 * 0.6));
    expect(trade('K1302', 'services')).toBe(Math.round(W.trade * 100 * 0.3));
    expect(trade('K1302', 'care')).toBe(0);
  });

  it('When the beneficiary is below the volunteer French minimum or shares a first language, then the language contribution reflects it', () => {
    const lang = (over: Parameters<typeof makeVolunteer>[0]): number => scorePair(b, makeVolunteer(over)).contributions.languages;
    const base = lang({ id: 'v', minFrenchLevel: 'B1' });
    expect(base).toBe(Math.round(W.languages * 100 * 0.7));
    expect(lang({ id: 'v', minFrenchLevel: 'C1' })).toBeLessThan(base);
    expect(lang({ id: 'v', minFrenchLevel: 'B1', languages: [{ code: 'ar', level: 'fluent' }] })).toBe(W.languages * 100);
    // French is never counted as a shared "first language" bonus.
    const french = makeBeneficiary({ id: 'f', languages: [{ code: 'fr', level: 'native' }] });
    expect(
      scorePair(french, makeVolunteer({ id: 'v', languages: [{ code: 'fr', level: 'native' }] })).details.sharedFirstLanguage,
    ).toBeNull();
  });

  it('When the workplace is further away, then the commute contribution decreases, at half weight at the half-score distance', () => {
    const at = (lat: number): number => scorePair(b, makeVolunteer({ id: 'v', workplace: { lat, lon: b.town.lon } })).contributions.commute;
    expect(at(b.town.lat)).toBe(W.commute * 100);
    const tenKm = b.town.lat + 10 / 111.2;
    expect(at(tenKm)).toBeCloseTo((W.commute * 100) / 2, -1);
    expect(at(b.town.lat + 0.5)).toBeLessThan(at(tenKm));
    expect(haversineKm({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 })).toBeCloseTo(391.5, 0);
  });

  it('When availabilities, needs and gender preference match more, then their contributions increase', () => {
    const slots = (availability: string[]): number => scorePair(b, makeVolunteer({ id: 'v', availability })).contributions.availability;
    expect(slots([])).toBe(0);
    expect(slots(['mon-am'])).toBe((W.availability * 100) / 2);
    expect(slots(['mon-am', 'tue-pm', 'fri-am'])).toBe(W.availability * 100);

    const needs = (strengths: ('CV' | 'NETWORK' | 'PITCH')[]): number =>
      scorePair(b, makeVolunteer({ id: 'v', strengths })).contributions.needs;
    expect(needs(['PITCH'])).toBe(0);
    expect(needs(['CV'])).toBe((W.needs * 100) / 2);
    expect(needs(['CV', 'NETWORK'])).toBe(W.needs * 100);

    const prefers = makeBeneficiary({ id: 'p', genderPreference: 'F' });
    expect(scorePair(prefers, makeVolunteer({ id: 'v', gender: 'F' })).contributions.preference).toBe(W.preference * 100);
    expect(scorePair(prefers, makeVolunteer({ id: 'v', gender: 'M' })).contributions.preference).toBe(0);
  });

  it('When scoring, then the total is the integer sum of contributions and never exceeds the maximum', () => {
    const s = scorePair(b, makeVolunteer({ id: 'v', trade: 'M1607' }));
    const sum = Object.values(s.contributions).reduce((a, c) => a + c, 0);
    expect(s.total).toBe(sum);
    expect(Number.isInteger(s.total)).toBe(true);
    expect(s.total).toBeLessThanOrEqual(maxScore(DEFAULT_SCORING_WEIGHTS));
    expect(scorePair(b, makeVolunteer({ id: 'v', trade: 'M1607' }))).toEqual(s);
  });

  it('When a territory weighs commute over trade, then the proposal changes accordingly', () => {
    const beneficiaries = [
      makeBeneficiary({ id: 'b0', trade: 'M1607', sector: 'services' }),
      makeBeneficiary({ id: 'b1', trade: 'F1703', sector: 'construction', town: { lat: 48.5, lon: -1.68 } }),
    ];
    // v0 shares b0's trade but works near b1; v1 the reverse.
    const volunteers = [
      makeVolunteer({ id: 'v0', trade: 'M1607', sector: 'services', workplace: { lat: 48.5, lon: -1.68 } }),
      makeVolunteer({ id: 'v1', trade: 'F1703', sector: 'construction', workplace: { lat: 48.11, lon: -1.68 } }),
    ];
    const pairs = (weights?: ReturnType<typeof resolveWeights>): string[] =>
      solveCohort({ beneficiaries, volunteers, weights }).pairs.map((p) => `${p.beneficiaryId}-${p.volunteerId}`);
    expect(pairs()).toEqual(['b0-v0', 'b1-v1']);
    expect(pairs(resolveWeights({ criteria: { trade: 5, commute: 60 } }))).toEqual(['b0-v1', 'b1-v0']);
  });

  it('When weights are not non-negative integers, then resolveWeights refuses them', () => {
    expect(() => resolveWeights({ criteria: { trade: 1.5 } })).toThrow(RangeError);
    expect(() => resolveWeights({ criteria: { needs: -1 } })).toThrow(RangeError);
  });
});
