import { BanList, DEFAULT_SCORING_WEIGHTS, type BeneficiaryProfile, type VolunteerProfile } from '@binome/matching-engine';
import { bruteForceOptimum, makeBeneficiary, makeVolunteer } from '@binome/matching-engine/testing';
import { buildRunInput, explainWhyNot, planReplacement, planRun, type PlanningInput, type StoredPair } from './proposal.planner';

const weights = DEFAULT_SCORING_WEIGHTS;

const bruteForce = (bs: readonly BeneficiaryProfile[], vs: readonly VolunteerProfile[], bans = new BanList()) =>
  bruteForceOptimum(bs, vs, bans, weights);

// A cohort where "first come, best available" is not optimal: b1 takes v1, which b2 needs more.
const cohort = {
  beneficiaries: [
    makeBeneficiary({ id: 'b1', trade: 'N1103', town: { lat: 48.11, lon: -1.68 } }),
    makeBeneficiary({ id: 'b2', trade: 'M1607', sector: 'services', town: { lat: 48.12, lon: -1.7 } }),
    makeBeneficiary({ id: 'b3', trade: 'F1703', sector: 'construction', languages: [{ code: 'ps', level: 'native' }] }),
    makeBeneficiary({ id: 'b4', trade: 'N1105', needs: ['INTERVIEW'] }),
  ],
  volunteers: [
    makeVolunteer({ id: 'v1', trade: 'M1607', sector: 'services' }),
    makeVolunteer({ id: 'v2', trade: 'N1103', workplace: { lat: 48.3, lon: -1.5 } }),
    makeVolunteer({ id: 'v3', trade: 'F1703', sector: 'construction', languages: [{ code: 'ps', level: 'fluent' }] }),
    makeVolunteer({ id: 'v4', trade: 'N1105', trained: false }),
    makeVolunteer({ id: 'v5', trade: 'N1105', strengths: ['INTERVIEW'], availability: ['fri-pm'] }),
  ],
};

const input = (o: Partial<PlanningInput> = {}): PlanningInput => ({ ...cohort, pairs: [], pins: [], bans: [], weights, ...o });
const stored = (id: string, beneficiaryId: string, volunteerId: string, status: StoredPair['status']): StoredPair => ({
  _id: id,
  beneficiaryId,
  volunteerId,
  status,
});
const refs = (pairs: readonly { beneficiaryId: string; volunteerId: string }[]) =>
  pairs.map((p) => `${p.beneficiaryId}-${p.volunteerId}`).sort();

describe('proposal planning', () => {
  it('When the cohort is run from scratch, then the proposal is the brute-force optimum and never uses the untrained volunteer', () => {
    const plan = planRun(input());
    const best = bruteForce(cohort.beneficiaries, cohort.volunteers);
    expect(plan.result.proposal.pairCount).toBe(best.pairs);
    expect(plan.result.proposal.totalScore).toBe(best.score);
    expect(refs(plan.create)).toEqual(['b1-v2', 'b2-v1', 'b3-v3', 'b4-v5']);
    expect(plan.create.some((p) => p.volunteerId === 'v4')).toBe(false);
    expect(plan.keep).toEqual([]);
    expect(plan.withdraw).toEqual([]);
  });

  it('When pairs are confirmed, then their beneficiaries leave the run, their volunteers lose the slot, and the rest is still optimal', () => {
    const pairs = [stored('c1', 'b1', 'v1', 'confirmed')];
    const run = buildRunInput(input({ pairs }));
    expect(run.input.beneficiaries.map((b) => b.id)).toEqual(['b2', 'b3', 'b4']);
    expect(run.input.volunteers.find((v) => v.id === 'v1')?.capacity).toBe(0);
    const plan = planRun(input({ pairs }));
    expect(plan.create.some((p) => p.beneficiaryId === 'b1' || p.volunteerId === 'v1')).toBe(false);
    const rest = bruteForce(
      cohort.beneficiaries.slice(1),
      cohort.volunteers.filter((v) => v.id !== 'v1'),
    );
    expect(plan.result.proposal.totalScore).toBe(rest.score);
  });

  it('When a run is repeated on an unchanged cohort, then every proposed pair is kept and nothing is created or withdrawn', () => {
    const first = planRun(input());
    const pairs = first.create.map((p, i) => stored(`p${i}`, p.beneficiaryId, p.volunteerId, 'proposed'));
    const again = planRun(input({ pairs }));
    expect(again.create).toEqual([]);
    expect(again.withdraw).toEqual([]);
    expect(again.keep.map((k) => k.pairId).sort()).toEqual(pairs.map((p) => p._id).sort());
  });

  it('When two assignments tie, then the re-run keeps the stored one rather than reshuffling', () => {
    const twins = {
      beneficiaries: [makeBeneficiary({ id: 'x1' }), makeBeneficiary({ id: 'x2' })],
      volunteers: [makeVolunteer({ id: 'y1' }), makeVolunteer({ id: 'y2' })],
    };
    const pairs = [stored('s1', 'x1', 'y2', 'proposed'), stored('s2', 'x2', 'y1', 'proposed')];
    const plan = planRun({ ...twins, pairs, pins: [], bans: [], weights });
    expect(plan.keep.map((k) => k.pairId).sort()).toEqual(['s1', 's2']);
  });

  it('When staff ban a proposed pair, then the re-run withdraws it and the new proposal is the optimum under the ban', () => {
    const pairs = [
      stored('a', 'b1', 'v2', 'proposed'),
      stored('b', 'b2', 'v1', 'proposed'),
      stored('c', 'b3', 'v3', 'proposed'),
      stored('d', 'b4', 'v5', 'proposed'),
    ];
    const ban = { beneficiaryId: 'b4', volunteerId: 'v5' };
    const plan = planRun(input({ pairs, bans: [ban] }));
    expect(plan.withdraw.map((w) => w._id)).toContain('d');
    expect(plan.result.proposal.pairs.some((p) => p.beneficiaryId === 'b4' && p.volunteerId === 'v5')).toBe(false);
    const best = bruteForce(cohort.beneficiaries, cohort.volunteers, new BanList([ban]));
    expect([plan.result.proposal.pairCount, plan.result.proposal.totalScore]).toEqual([best.pairs, best.score]);
    // Unaffected pairs stay: b2–v1 and b3–v3 are still the best for them.
    expect(plan.keep.map((k) => k.pairId)).toEqual(expect.arrayContaining(['b', 'c']));
  });

  it('When a pair was dissolved, then it is banned; pins on decided or unknown people are ignored and reported', () => {
    const pairs = [stored('x', 'b1', 'v2', 'dissolved'), stored('y', 'b2', 'v1', 'active')];
    const run = buildRunInput(
      input({
        pairs,
        pins: [
          { beneficiaryId: 'b2', volunteerId: 'v3' },
          { beneficiaryId: 'b9', volunteerId: 'v1' },
        ],
      }),
    );
    expect(run.input.bans).toEqual([{ beneficiaryId: 'b1', volunteerId: 'v2' }]);
    expect(run.ignoredPins).toEqual([
      { beneficiaryId: 'b2', volunteerId: 'v3', reason: 'beneficiary-already-paired' },
      { beneficiaryId: 'b9', volunteerId: 'v1', reason: 'unknown-participant' },
    ]);
  });

  it('When a pin names an untrained volunteer, then the run is refused naming the rule', () => {
    expect(() => planRun(input({ pins: [{ beneficiaryId: 'b4', volunteerId: 'v4' }] }))).toThrow(
      expect.objectContaining({ rule: 'volunteer-trained' }),
    );
  });

  it('When a decided pair lost a participant in recruitment, then it is reported and left alone', () => {
    const run = buildRunInput(input({ pairs: [stored('z', 'gone', 'v1', 'confirmed')] }));
    expect(run.decidedWithMissingParticipant).toEqual([{ beneficiaryId: 'gone', volunteerId: 'v1' }]);
  });
});

describe('explanations', () => {
  it('When asked about an untrained volunteer, then the rule is named', () => {
    expect(explainWhyNot(input(), 'b4', 'v4')).toMatchObject({ kind: 'forbidden', rule: 'volunteer-trained' });
  });

  it('When asked about an allowed but suboptimal volunteer, then the score lost is the difference of the two optima', () => {
    const e = explainWhyNot(input(), 'b1', 'v1');
    expect(e.kind).toBe('costly');
    if (e.kind !== 'costly') return;
    expect(e.scoreLost).toBe(e.optimum.totalScore - e.forced.totalScore);
    expect(e.scoreLost).toBeGreaterThan(0);
  });

  it('When asked about the proposed volunteer, then it says proposed; for a decided beneficiary, it names the decided pair', () => {
    expect(explainWhyNot(input(), 'b1', 'v2')).toMatchObject({ kind: 'proposed' });
    expect(explainWhyNot(input({ pairs: [stored('c', 'b1', 'v2', 'confirmed')] }), 'b1', 'v1')).toEqual({
      kind: 'decided',
      pairId: 'c',
      status: 'confirmed',
      volunteerId: 'v2',
    });
  });
});

describe('re-matching a dissolved pair', () => {
  it('When a pair is dissolved, then the beneficiary gets the best free trained volunteer, never the former one', () => {
    const pairs = [stored('d', 'b4', 'v5', 'dissolved'), stored('p1', 'b1', 'v2', 'confirmed'), stored('p2', 'b2', 'v1', 'proposed')];
    const next = planReplacement(input({ pairs }), 'b4');
    expect(next?.volunteerId).toBe('v3');
  });

  it('When no trained volunteer is free, then there is no proposal', () => {
    const pairs = [
      stored('d', 'b4', 'v5', 'dissolved'),
      stored('p1', 'b1', 'v2', 'confirmed'),
      stored('p2', 'b2', 'v1', 'active'),
      stored('p3', 'b3', 'v3', 'completed'),
    ];
    expect(planReplacement(input({ pairs }), 'b4')).toBeNull();
  });
});
