import { solveCohort } from './assignment.solver';
import { explainProposal, whyNot } from './explain';
import { RULES } from './rules';
import { SeededRandom } from './seeded-random';
import { makeBeneficiary, makeVolunteer, randomCohort } from './testing/profiles.fixture';

describe('explainProposal', () => {
  it('When a pair is proposed, then its explanation lists every criterion, largest first, summing to the score', () => {
    const input = randomCohort(new SeededRandom(8), 5, 5);
    const proposal = solveCohort(input);
    const explanations = explainProposal(proposal);
    expect(explanations).toHaveLength(proposal.pairCount);
    for (const e of explanations) {
      expect(e.contributions).toHaveLength(6);
      expect(e.contributions.reduce((a, c) => a + c.points, 0)).toBe(e.total);
      for (let k = 1; k < e.contributions.length; k++)
        expect(e.contributions[k - 1].points).toBeGreaterThanOrEqual(e.contributions[k].points);
    }
  });
});

describe('whyNot', () => {
  const beneficiaries = [makeBeneficiary({ id: 'b0', conflicts: ['acme'] }), makeBeneficiary({ id: 'b1' })];
  const volunteers = [
    makeVolunteer({ id: 'v0', companyId: 'acme' }),
    makeVolunteer({ id: 'v1', trained: false }),
    makeVolunteer({ id: 'v2' }),
  ];

  it('When a hard rule forbids the pair, then it names the rule', () => {
    const input = { beneficiaries, volunteers, bans: [{ beneficiaryId: 'b1', volunteerId: 'v2' }] };
    expect(whyNot(input, 'b0', 'v0')).toMatchObject({ kind: 'forbidden', rule: RULES.conflictOfInterest });
    expect(whyNot(input, 'b0', 'v1')).toMatchObject({ kind: 'forbidden', rule: RULES.volunteerTrained });
    expect(whyNot(input, 'b1', 'v2')).toMatchObject({ kind: 'forbidden', rule: RULES.ban });
    expect(whyNot(input, 'b1', 'ghost')).toMatchObject({ kind: 'forbidden', rule: RULES.unknownParticipant });
  });

  it('When the beneficiary is pinned elsewhere or the volunteer is full of pins, then it names the pin or capacity rule', () => {
    const input = { beneficiaries, volunteers, pins: [{ beneficiaryId: 'b1', volunteerId: 'v2' }] };
    expect(whyNot(input, 'b1', 'v0')).toMatchObject({ kind: 'forbidden', rule: RULES.pin });
    expect(
      whyNot({ beneficiaries: [...beneficiaries, makeBeneficiary({ id: 'b2' })], volunteers, pins: input.pins }, 'b2', 'v2'),
    ).toMatchObject({
      kind: 'forbidden',
      rule: RULES.volunteerCapacity,
    });
  });

  it('When the pair is allowed but not proposed, then the loss is non-negative and matches a re-solve with the pair pinned', () => {
    const rng = new SeededRandom(90);
    let costly = 0;
    for (let trial = 0; trial < 10; trial++) {
      const input = randomCohort(rng, 6, 6, { forbiddenRate: 0.2 });
      const optimum = solveCohort(input);
      for (const b of input.beneficiaries) {
        for (const v of input.volunteers) {
          const answer = whyNot(input, b.id, v.id, optimum);
          if (answer.kind !== 'costly') continue;
          costly++;
          const forced = solveCohort({ ...input, pins: [{ beneficiaryId: b.id, volunteerId: v.id }] });
          expect(answer.pairsLost).toBe(optimum.pairCount - forced.pairCount);
          expect(answer.scoreLost).toBe(optimum.totalScore - forced.totalScore);
          expect(answer.pairsLost).toBeGreaterThanOrEqual(0);
          if (answer.pairsLost === 0) expect(answer.scoreLost).toBeGreaterThanOrEqual(0);
        }
      }
    }
    expect(costly).toBeGreaterThan(50);
  });

  it('When the pair is in the proposal, then it says so', () => {
    const input = { beneficiaries: [makeBeneficiary({ id: 'b' })], volunteers: [makeVolunteer({ id: 'v' })] };
    expect(whyNot(input, 'b', 'v')).toMatchObject({ kind: 'proposed' });
  });
});
