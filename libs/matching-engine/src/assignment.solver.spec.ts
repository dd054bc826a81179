import { solveCohort, type CohortInput } from './assignment.solver';
import { solveGreedy } from './greedy';
import { BanList, checkPair, MatchingRuleError, RULES } from './rules';
import { DEFAULT_SCORING_WEIGHTS, scorePair } from './score';
import { SeededRandom } from './seeded-random';
import { bruteForceCohort } from './testing/brute-force';
import { makeBeneficiary, makeVolunteer, randomCohort } from './testing/profiles.fixture';

/** Independent reference: brute force over the same scores and rules, pins handled by hand. */
function reference(input: CohortInput): { pairs: number; total: number } {
  const bans = new BanList(input.bans);
  const pins = input.pins ?? [];
  const capacity = input.volunteers.map((v) => v.capacity - pins.filter((p) => p.volunteerId === v.id).length);
  let pinnedTotal = 0;
  for (const pin of pins) {
    const b = input.beneficiaries.find((x) => x.id === pin.beneficiaryId);
    const v = input.volunteers.find((x) => x.id === pin.volunteerId);
    if (!b || !v) throw new Error('bad test input');
    pinnedTotal += scorePair(b, v).total;
  }
  const free = input.beneficiaries.filter((b) => !pins.some((p) => p.beneficiaryId === b.id));
  const scores = free.map((b) =>
    input.volunteers.map((v) => (checkPair(b, v, bans) === null ? scorePair(b, v, DEFAULT_SCORING_WEIGHTS).total : null)),
  );
  const best = bruteForceCohort(scores, capacity);
  return { pairs: best.pairs + pins.length, total: best.total + pinnedTotal };
}

function checkProposalIsValid(input: CohortInput, proposal: ReturnType<typeof solveCohort>): void {
  const bans = new BanList(input.bans);
  const used = new Map<string, number>();
  const seen = new Set<string>();
  let total = 0;
  for (const pair of proposal.pairs) {
    const b = input.beneficiaries.find((x) => x.id === pair.beneficiaryId);
    const v = input.volunteers.find((x) => x.id === pair.volunteerId);
    if (!b || !v) throw new Error('proposal names an unknown participant');
    expect(checkPair(b, v, bans)).toBeNull();
    expect(seen.has(b.id)).toBe(false);
    seen.add(b.id);
    used.set(v.id, (used.get(v.id) ?? 0) + 1);
    expect(used.get(v.id)).toBeLessThanOrEqual(v.capacity);
    total += pair.score.total;
  }
  for (const pin of input.pins ?? []) {
    expect(proposal.pairs).toContainEqual(expect.objectContaining({ ...pin, pinned: true }));
  }
  expect(proposal.totalScore).toBe(total);
  expect(proposal.pairCount).toBe(proposal.pairs.length);
}

describe('solveCohort', () => {
  const shapes: [number, number][] = [
    [3, 3],
    [5, 5],
    [6, 6],
    [5, 7],
    [7, 5],
    [7, 7],
  ];

  it.each(shapes)(
    'When %i beneficiaries meet %i volunteers with some forbidden pairs, then pairs and total score equal brute force',
    (nb, nv) => {
      const rng = new SeededRandom(1000 + nb * 10 + nv);
      for (let trial = 0; trial < 12; trial++) {
        const input = randomCohort(rng, nb, nv, { forbiddenRate: 0.35, coarse: trial % 2 === 0 });
        const proposal = solveCohort(input);
        checkProposalIsValid(input, proposal);
        expect({ pairs: proposal.pairCount, total: proposal.totalScore }).toEqual(reference(input));
      }
    },
  );

  it('When volunteers have a capacity of 2, then they take up to two beneficiaries and the result matches brute force', () => {
    const rng = new SeededRandom(77);
    let someoneTookTwo = false;
    for (let trial = 0; trial < 15; trial++) {
      const input = randomCohort(rng, 7, 4, { maxCapacity: 2, forbiddenRate: 0.2 });
      const proposal = solveCohort(input);
      checkProposalIsValid(input, proposal);
      expect({ pairs: proposal.pairCount, total: proposal.totalScore }).toEqual(reference(input));
      const counts = new Map<string, number>();
      for (const p of proposal.pairs) counts.set(p.volunteerId, (counts.get(p.volunteerId) ?? 0) + 1);
      if ([...counts.values()].some((c) => c === 2)) someoneTookTwo = true;
    }
    expect(someoneTookTwo).toBe(true);
  });

  it('When staff pin and ban pairs, then pins are kept, bans avoided, and the rest is optimal', () => {
    const rng = new SeededRandom(4242);
    let checked = 0;
    for (let trial = 0; checked < 12 && trial < 100; trial++) {
      const input = randomCohort(rng, 6, 6, { forbiddenRate: 0.1 });
      const bans = [
        { beneficiaryId: `b${rng.int(0, 5)}`, volunteerId: `v${rng.int(0, 5)}` },
        { beneficiaryId: `b${rng.int(0, 5)}`, volunteerId: `v${rng.int(0, 5)}` },
      ];
      const pin = { beneficiaryId: `b${rng.int(0, 5)}`, volunteerId: `v${rng.int(0, 5)}` };
      const b = input.beneficiaries.find((x) => x.id === pin.beneficiaryId);
      const v = input.volunteers.find((x) => x.id === pin.volunteerId);
      if (!b || !v || checkPair(b, v, new BanList(bans)) !== null) continue;
      checked++;
      const full: CohortInput = { ...input, bans, pins: [pin] };
      const proposal = solveCohort(full);
      checkProposalIsValid(full, proposal);
      for (const ban of bans) {
        expect(proposal.pairs.some((p) => p.beneficiaryId === ban.beneficiaryId && p.volunteerId === ban.volunteerId)).toBe(false);
      }
      expect({ pairs: proposal.pairCount, total: proposal.totalScore }).toEqual(reference(full));
    }
    expect(checked).toBe(12);
  });

  it('When one run spans several promotions (a national year), then pairs stay within their promotion and the result is the sum of the promotions solved alone', () => {
    const rng = new SeededRandom(375);
    const promotions = [0, 1, 2, 3].map((k) => {
      const cohort = randomCohort(rng, rng.int(6, 12), rng.int(6, 12), { maxCapacity: 2 });
      const rename = <T extends { id: string; territoryId: string; promotionId: string }>(x: T): T => ({
        ...x,
        id: `${k}-${x.id}`,
        territoryId: `t${k % 2}`,
        promotionId: `${k}-${x.promotionId}`,
      });
      return { beneficiaries: cohort.beneficiaries.map(rename), volunteers: cohort.volunteers.map(rename) };
    });
    // Shuffled together, as a national export would list them.
    const national: CohortInput = {
      beneficiaries: promotions.flatMap((p) => p.beneficiaries).sort((a, b) => a.id.localeCompare(b.id)),
      volunteers: promotions.flatMap((p) => p.volunteers).sort((a, b) => b.id.localeCompare(a.id)),
    };
    const proposal = solveCohort(national);
    checkProposalIsValid(national, proposal);
    const alone = promotions.map((p) => solveCohort(p));
    expect(proposal.pairCount).toBe(alone.reduce((sum, p) => sum + p.pairCount, 0));
    expect(proposal.totalScore).toBe(alone.reduce((sum, p) => sum + p.totalScore, 0));
    for (const pair of proposal.pairs) expect(pair.beneficiaryId.split('-')[0]).toBe(pair.volunteerId.split('-')[0]);
  });

  it('When many pairs tie, then the same input always gives the same proposal', () => {
    const input = randomCohort(new SeededRandom(3), 12, 12, { coarse: true });
    const first = solveCohort(input).pairs.map((p) => `${p.beneficiaryId}-${p.volunteerId}`);
    for (let k = 0; k < 3; k++) expect(solveCohort(input).pairs.map((p) => `${p.beneficiaryId}-${p.volunteerId}`)).toEqual(first);
  });

  it('When maximising pairs conflicts with the best single score, then it prefers one more pair', () => {
    // b0 would score best with v0, but v0 is b1's only option: two pairs beat one excellent pair.
    const b0 = makeBeneficiary({ id: 'b0', trade: 'M1607', sector: 'services' });
    const b1 = makeBeneficiary({ id: 'b1', conflicts: ['c-v1'] });
    const v0 = makeVolunteer({ id: 'v0', trade: 'M1607', sector: 'services' });
    const v1 = makeVolunteer({ id: 'v1', companyId: 'c-v1', trade: 'F1703', sector: 'construction' });
    const proposal = solveCohort({ beneficiaries: [b0, b1], volunteers: [v0, v1] });
    expect(proposal.pairCount).toBe(2);
    expect(proposal.pairs.map((p) => [p.beneficiaryId, p.volunteerId])).toEqual([
      ['b0', 'v1'],
      ['b1', 'v0'],
    ]);
  });

  describe('infeasible inputs', () => {
    const beneficiaries = [makeBeneficiary({ id: 'b0' }), makeBeneficiary({ id: 'b1', conflicts: ['acme'] })];
    const volunteers = [
      makeVolunteer({ id: 'v0', companyId: 'acme' }),
      makeVolunteer({ id: 'v1', trained: false }),
      makeVolunteer({ id: 'v2', promotionId: 'p2' }),
      makeVolunteer({ id: 'v3', territoryId: 't2', promotionId: 'p2' }),
    ];
    const cases: [string, CohortInput, string][] = [
      [
        'a pin breaks a conflict of interest',
        { beneficiaries, volunteers, pins: [{ beneficiaryId: 'b1', volunteerId: 'v0' }] },
        RULES.conflictOfInterest,
      ],
      [
        'a pin names an untrained volunteer',
        { beneficiaries, volunteers, pins: [{ beneficiaryId: 'b0', volunteerId: 'v1' }] },
        RULES.volunteerTrained,
      ],
      ['a pin crosses promotions', { beneficiaries, volunteers, pins: [{ beneficiaryId: 'b0', volunteerId: 'v2' }] }, RULES.samePromotion],
      ['a pin crosses territories', { beneficiaries, volunteers, pins: [{ beneficiaryId: 'b0', volunteerId: 'v3' }] }, RULES.sameTerritory],
      [
        'a pin names an unknown volunteer',
        { beneficiaries, volunteers, pins: [{ beneficiaryId: 'b0', volunteerId: 'nobody' }] },
        RULES.unknownParticipant,
      ],
      [
        'a pin is also banned',
        {
          beneficiaries,
          volunteers,
          pins: [{ beneficiaryId: 'b0', volunteerId: 'v0' }],
          bans: [{ beneficiaryId: 'b0', volunteerId: 'v0' }],
        },
        RULES.ban,
      ],
      [
        'two pins exceed a capacity of 1',
        {
          beneficiaries: [makeBeneficiary({ id: 'b0' }), makeBeneficiary({ id: 'b1' })],
          volunteers,
          pins: [
            { beneficiaryId: 'b0', volunteerId: 'v0' },
            { beneficiaryId: 'b1', volunteerId: 'v0' },
          ],
        },
        RULES.volunteerCapacity,
      ],
      [
        'a beneficiary is pinned twice',
        {
          beneficiaries,
          volunteers: [makeVolunteer({ id: 'v0' }), makeVolunteer({ id: 'v5' })],
          pins: [
            { beneficiaryId: 'b0', volunteerId: 'v0' },
            { beneficiaryId: 'b0', volunteerId: 'v5' },
          ],
        },
        RULES.pin,
      ],
    ];
    it.each(cases)('When %s, then it throws a MatchingRuleError naming the rule', (_, input, rule) => {
      let caught: unknown;
      try {
        solveCohort(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(MatchingRuleError);
      expect((caught as MatchingRuleError).rule).toBe(rule);
      expect((caught as MatchingRuleError).message).toContain(rule);
    });
  });
});

describe('solveGreedy', () => {
  it('When compared on random cohorts, then greedy is never better than the optimum and sometimes worse', () => {
    const rng = new SeededRandom(31337);
    let strictlyWorse = 0;
    for (let trial = 0; trial < 40; trial++) {
      const input = randomCohort(rng, 8, 8, { forbiddenRate: 0.3 });
      const optimum = solveCohort(input);
      const greedy = solveGreedy(input);
      checkProposalIsValid(input, greedy);
      const better =
        greedy.pairCount > optimum.pairCount || (greedy.pairCount === optimum.pairCount && greedy.totalScore > optimum.totalScore);
      expect(better).toBe(false);
      if (greedy.pairCount < optimum.pairCount || greedy.totalScore < optimum.totalScore) strictlyWorse++;
    }
    expect(strictlyWorse).toBeGreaterThan(0);
  });
});
