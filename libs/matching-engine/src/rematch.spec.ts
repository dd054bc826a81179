import { solveCohort, type CohortInput } from './assignment.solver';
import { applyChange, rematch } from './rematch';
import { SeededRandom } from './seeded-random';
import { makeBeneficiary, makeVolunteer, randomCohort } from './testing/profiles.fixture';

const refs = (pairs: readonly { beneficiaryId: string; volunteerId: string }[]): string[] =>
  pairs.map((p) => `${p.beneficiaryId}-${p.volunteerId}`).sort();

describe('rematch', () => {
  // Identical profiles: every assignment ties, so only the tie-break decides who meets whom.
  const identical = (n: number): CohortInput => ({
    beneficiaries: Array.from({ length: n }, (_, i) => makeBeneficiary({ id: `b${i}` })),
    volunteers: Array.from({ length: n }, (_, i) => makeVolunteer({ id: `v${i}` })),
  });

  it('When a volunteer leaves a cohort of ties, then only the orphaned pair changes while a naive re-solve reshuffles', () => {
    const input = identical(6);
    // A previous proposal the solver would not produce by itself (reversed), as after manual edits.
    const previous = input.beneficiaries.map((b, i) => ({ beneficiaryId: b.id, volunteerId: `v${5 - i}` }));
    const confirmed = [previous[0]];
    const changed = applyChange(applyChange(input, { type: 'remove-volunteer', volunteerId: 'v2' }), {
      type: 'add-volunteer',
      volunteer: makeVolunteer({ id: 'v9' }),
    });

    const naive = solveCohort({ ...changed, pins: confirmed });
    const naiveKept = refs(naive.pairs).filter((p) => refs(previous).includes(p)).length;
    expect(naiveKept).toBeLessThan(5); // the crafted case is meaningful only if a naive re-solve reshuffles

    const result = rematch({ input: changed, previous, confirmed });
    expect(result.proposal.pairCount).toBe(6);
    expect(result.proposal.totalScore).toBe(naive.totalScore);
    expect(refs(result.kept)).toEqual(refs(previous.filter((p) => p.volunteerId !== 'v2')));
    expect(refs(result.dropped)).toEqual(['b3-v2']);
    expect(refs(result.added)).toEqual(['b3-v9']);
    expect(result.proposal.pairs.find((p) => p.beneficiaryId === 'b0')).toMatchObject({ volunteerId: 'v5', pinned: true });
  });

  it('When a ban breaks a previous pair, then the optimum is kept and no other pair changes more than needed', () => {
    const rng = new SeededRandom(6);
    for (let trial = 0; trial < 10; trial++) {
      const input = randomCohort(rng, 7, 7, { coarse: true, forbiddenRate: 0.1 });
      const previous = solveCohort(input).pairs.map((p) => ({ beneficiaryId: p.beneficiaryId, volunteerId: p.volunteerId }));
      if (previous.length < 2) continue;
      const banned = previous[rng.int(0, previous.length - 1)];
      const confirmed = previous.filter((p) => p !== banned).slice(0, 2);
      const changed = applyChange(input, { type: 'add-ban', ban: banned });
      const result = rematch({ input: changed, previous, confirmed });
      const optimum = solveCohort({ ...changed, pins: confirmed });
      // Same primary objectives as a plain re-solve with the confirmed pairs pinned.
      expect(result.proposal.pairCount).toBe(optimum.pairCount);
      expect(result.proposal.totalScore).toBe(optimum.totalScore);
      for (const c of confirmed) expect(refs(result.kept)).toContain(`${c.beneficiaryId}-${c.volunteerId}`);
      expect(refs(result.dropped)).toContain(`${banned.beneficiaryId}-${banned.volunteerId}`);
      // No optimal solution keeps more previous pairs: checked against a plain re-solve.
      const naiveKept = optimum.pairs.filter((p) =>
        previous.some((q) => q.beneficiaryId === p.beneficiaryId && q.volunteerId === p.volunteerId),
      ).length;
      expect(result.kept.length).toBeGreaterThanOrEqual(naiveKept);
    }
  });

  it('When a confirmed participant leaves, then the lost confirmation is reported', () => {
    const input = identical(3);
    const previous = input.beneficiaries.map((b, i) => ({ beneficiaryId: b.id, volunteerId: `v${i}` }));
    const changed = applyChange(input, { type: 'remove-beneficiary', beneficiaryId: 'b1' });
    const result = rematch({ input: changed, previous, confirmed: [previous[1]] });
    expect(refs(result.confirmedLost)).toEqual(['b1-v1']);
    expect(refs(result.kept)).toEqual(['b0-v0', 'b2-v2']);
  });
});
