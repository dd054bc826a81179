import { solveCohort, type CohortInput, type Proposal } from './assignment.solver';
import { BanList, checkPair, MatchingRuleError, RULES, type RuleName } from './rules';
import { CRITERIA, DEFAULT_SCORING_WEIGHTS, scorePair, type Criterion, type ScoreDetails } from './score';

export interface PairExplanation {
  readonly beneficiaryId: string;
  readonly volunteerId: string;
  readonly total: number;
  /** Largest contribution first, so the UI can say "mostly because of …". */
  readonly contributions: readonly { readonly criterion: Criterion; readonly points: number }[];
  readonly details: ScoreDetails;
  readonly pinned: boolean;
}

/** Per-criterion breakdown of every proposed pair. */
export function explainProposal(proposal: Proposal): PairExplanation[] {
  return proposal.pairs.map((pair) => ({
    beneficiaryId: pair.beneficiaryId,
    volunteerId: pair.volunteerId,
    total: pair.score.total,
    contributions: CRITERIA.map((criterion) => ({ criterion, points: pair.score.contributions[criterion] })).sort(
      (a, b) => b.points - a.points || CRITERIA.indexOf(a.criterion) - CRITERIA.indexOf(b.criterion),
    ),
    details: pair.score.details,
    pinned: pair.pinned,
  }));
}

export type WhyNot =
  | { readonly kind: 'proposed'; readonly score: number }
  | { readonly kind: 'forbidden'; readonly rule: RuleName; readonly message: string }
  | {
      readonly kind: 'costly';
      /** Score of the pair itself. */
      readonly pairScore: number;
      /** Pairs the cohort would lose if this pair were imposed (0 in most cases). */
      readonly pairsLost: number;
      /** Total score lost compared with the optimum (may be negative only when pairsLost > 0). */
      readonly scoreLost: number;
      readonly optimum: { readonly pairCount: number; readonly totalScore: number };
      readonly forced: { readonly pairCount: number; readonly totalScore: number };
    };

/**
 * Why beneficiary B is not proposed with volunteer X: the hard rule that forbids the pair, or
 * what imposing it would cost the whole cohort (re-solved with the pair pinned, compared with the
 * optimum). The optimum can be passed in to save a solve.
 */
export function whyNot(input: CohortInput, beneficiaryId: string, volunteerId: string, optimum?: Proposal): WhyNot {
  const weights = input.weights ?? DEFAULT_SCORING_WEIGHTS;
  const b = input.beneficiaries.find((x) => x.id === beneficiaryId);
  const v = input.volunteers.find((x) => x.id === volunteerId);
  if (!b || !v) {
    return {
      kind: 'forbidden',
      rule: RULES.unknownParticipant,
      message: `unknown ${b ? 'volunteer' : 'beneficiary'} ${b ? volunteerId : beneficiaryId}`,
    };
  }
  const best = optimum ?? solveCohort(input);
  if (best.pairs.some((p) => p.beneficiaryId === beneficiaryId && p.volunteerId === volunteerId)) {
    return { kind: 'proposed', score: scorePair(b, v, weights).total };
  }
  const violation = checkPair(b, v, new BanList(input.bans));
  if (violation) return { kind: 'forbidden', rule: violation.rule, message: violation.message };
  const pins = input.pins ?? [];
  const ownPin = pins.find((p) => p.beneficiaryId === beneficiaryId);
  if (ownPin) {
    return {
      kind: 'forbidden',
      rule: RULES.pin,
      message: `staff pinned beneficiary ${beneficiaryId} to volunteer ${ownPin.volunteerId}`,
    };
  }
  try {
    const forced = solveCohort({ ...input, pins: [...pins, { beneficiaryId, volunteerId }] });
    return {
      kind: 'costly',
      pairScore: scorePair(b, v, weights).total,
      pairsLost: best.pairCount - forced.pairCount,
      scoreLost: best.totalScore - forced.totalScore,
      optimum: { pairCount: best.pairCount, totalScore: best.totalScore },
      forced: { pairCount: forced.pairCount, totalScore: forced.totalScore },
    };
  } catch (error) {
    // Typically the volunteer's capacity is already taken by pins.
    if (error instanceof MatchingRuleError) return { kind: 'forbidden', rule: error.rule, message: error.message };
    throw error;
  }
}
