import { COHORT, FULL, interleave, loadProfile, STAGES, territoryName, writesOf } from './load-profile';

describe('the load profile', () => {
  it('Given scale 1, then it is ten times the target: 60 territories, 150 promotions, 3,750 seats', () => {
    const p = loadProfile(1);
    expect(p.territories).toHaveLength(60);
    expect(p.promotions).toHaveLength(150);
    expect(p.totals.pairs).toBe(3_750);
    expect(p.totals.applications).toBe(150 * (COHORT.admitted + COHORT.waitlisted + COHORT.screenedOut));
    expect(new Set(p.territories).size).toBe(60);
  });

  it('Given scale 0.1, then it is the target itself: 6 territories, 15 promotions, 375 seats', () => {
    const p = loadProfile(0.1);
    expect([p.territories.length, p.promotions.length, p.totals.pairs]).toEqual([6, 15, 375]);
  });

  it('Given a tiny scale, then one territory and one promotion remain, in one wave', () => {
    const p = loadProfile(0.001);
    expect([p.territories.length, p.promotions.length, p.waves]).toEqual([1, 1, 1]);
    expect(p.ticks.map((t) => t.stages.map((s) => s.stage))).toEqual(STAGES.map((s) => [s]));
  });

  it('Given a scale outside (0, 1], then it refuses it', () => {
    expect(() => loadProfile(0)).toThrow(/LOAD_SCALE/);
    expect(() => loadProfile(2)).toThrow(/LOAD_SCALE/);
    expect(() => loadProfile(Number.NaN)).toThrow(/LOAD_SCALE/);
  });

  it('Then the built-in realms come first and the others are named load-NN', () => {
    expect([0, 1, 2, 3, 59].map(territoryName)).toEqual(['paris', 'rennes', 'tours', 'load-04', 'load-60']);
  });

  it('Then promotions spread over every territory (2 or 3 each at scale 1) and over the three waves', () => {
    const p = loadProfile(1);
    const perTerritory = new Map<string, number>();
    for (const x of p.promotions) perTerritory.set(x.territoryId, (perTerritory.get(x.territoryId) ?? 0) + 1);
    expect(Math.min(...perTerritory.values())).toBe(2);
    expect(Math.max(...perTerritory.values())).toBe(3);
    expect([0, 1, 2].map((w) => p.promotions.filter((x) => x.wave === w).length)).toEqual([50, 50, 50]);
  });

  it('Then each wave goes through the four stages in order, one tick apart, and the waves overlap', () => {
    const p = loadProfile(1);
    expect(p.ticks).toHaveLength(p.waves + STAGES.length - 1);
    for (let w = 0; w < p.waves; w++) {
      const seen = p.ticks.flatMap((t) => t.stages.filter((s) => s.wave === w).map((s) => [t.index, s.stage]));
      expect(seen).toEqual(STAGES.map((s, i) => [w + i, s]));
    }
    expect(p.ticks[2].stages.map((s) => s.stage)).toEqual(['follow-up', 'matching', 'intake']);
  });

  it('Then the peak is the tick with the most planned writes, and the total is their sum', () => {
    const p = loadProfile(1);
    const most = Math.max(...p.ticks.map((t) => t.plannedWrites));
    expect(p.ticks[p.peakTick].plannedWrites).toBe(most);
    expect(p.totals.writes).toBe(p.ticks.reduce((n, t) => n + t.plannedWrites, 0));
    // Every promotion goes through every stage once.
    const perPromotion = STAGES.reduce((n, s) => n + writesOf(s, p.meetingsPerPair, p.sessionsPerPromotion), 0);
    expect(p.totals.writes).toBe(perPromotion * FULL.promotions);
  });

  it('Then the writes of a stage follow the cohort (intake: 31 applications, 30 screenings, 28 interviews and decisions, 25 volunteers trained)', () => {
    expect(writesOf('intake', 4, 2)).toBe(31 + 30 + 28 * 2 + 25 * 2);
    expect(writesOf('matching', 4, 2)).toBe(1 + 25);
    expect(writesOf('follow-up', 4, 2)).toBe(2 + 2 * 25 + 25 * 4);
    expect(writesOf('closing', 4, 2)).toBe(2 + 50 + 25);
  });
});

describe('interleave', () => {
  it('Given items of several groups, then it takes one of each group in turn, keeping each group’s order', () => {
    const items = ['a1', 'a2', 'a3', 'b1', 'c1', 'c2'];
    expect(interleave(items, (x) => x[0])).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
    expect(interleave([], (x: string) => x)).toEqual([]);
  });
});
