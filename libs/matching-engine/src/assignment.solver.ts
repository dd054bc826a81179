import { solveLinearSumAssignment, type DenseMatrix } from './linear-assignment.solver';
import type { BeneficiaryProfile, PairRef, VolunteerProfile } from './profiles';
import { BanList, brokenRule, checkPair, MatchingRuleError, PairSet, RULES } from './rules';
import { DEFAULT_SCORING_WEIGHTS, PairScorer, scorePair, type PairScore, type ScoringWeights } from './score';

/**
 * Whole-cohort optimum: the most pairs, then the highest total score among those.
 *
 * The two objectives are folded into one exact integer weight per feasible cell,
 * `BIG + score` with `BIG > min(rows, slots) × maxScore`: one extra pair is worth more than any
 * score difference, so maximising the sum maximises the pair count first. Infeasible cells weigh 0,
 * which is the same as leaving the row unmatched, so the dense solver always has a complete
 * assignment and the cells of weight 0 it picks are simply dropped.
 *
 * Volunteers of capacity c become c identical columns ("slots"). Pins are removed from the matrix
 * up front (their row and one slot of their volunteer); bans and broken rules are weight-0 cells.
 */

export interface CohortInput {
  readonly beneficiaries: readonly BeneficiaryProfile[];
  readonly volunteers: readonly VolunteerProfile[];
  /** Pairs staff require. */
  readonly pins?: readonly PairRef[];
  /** Pairs staff forbid. */
  readonly bans?: readonly PairRef[];
  readonly weights?: ScoringWeights;
}

export interface ProposedPair {
  readonly beneficiaryId: string;
  readonly volunteerId: string;
  readonly score: PairScore;
  readonly pinned: boolean;
}

export interface Proposal {
  /** In the input order of beneficiaries. */
  readonly pairs: readonly ProposedPair[];
  readonly pairCount: number;
  readonly totalScore: number;
  readonly unmatchedBeneficiaryIds: readonly string[];
  /** Volunteers with capacity left, in input order. */
  readonly volunteersWithFreeCapacity: readonly string[];
}

export interface SolveOptions {
  /**
   * Pairs to keep when that costs nothing: they win ties but never cost a pair or a point of
   * score (see `rematch`).
   */
  readonly preferredPairs?: readonly PairRef[];
}

/** The weight matrix of the free part of a cohort, after pins are taken out. */
export interface CohortMatrix {
  readonly matrix: DenseMatrix;
  /** Beneficiary index (in the input) of every matrix row. */
  readonly rowBeneficiary: Int32Array;
  /** Volunteer index (in the input) of every matrix column (slot). */
  readonly slotVolunteer: Int32Array;
  /** Score of every cell, or -1 when a hard rule forbids it. Row-major like `matrix`. */
  readonly scores: Int32Array;
  readonly big: number;
  /** Multiplier of `BIG + score` when tie-break bonuses are in use; 1 otherwise. */
  readonly bonusScale: number;
  readonly pins: readonly { readonly beneficiary: number; readonly volunteer: number }[];
}

function indexById<T extends { readonly id: string }>(items: readonly T[], kind: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) throw new RangeError(`duplicate ${kind} id ${item.id}`);
    index.set(item.id, i);
  });
  return index;
}

export function buildCohortMatrix(input: CohortInput, options: SolveOptions = {}): CohortMatrix {
  const { beneficiaries, volunteers } = input;
  const weights = input.weights ?? DEFAULT_SCORING_WEIGHTS;
  const bans = new BanList(input.bans);
  const beneficiaryIndex = indexById(beneficiaries, 'beneficiary');
  const volunteerIndex = indexById(volunteers, 'volunteer');

  const remainingCapacity = volunteers.map((v) => {
    if (!Number.isInteger(v.capacity) || v.capacity < 0) {
      throw new RangeError(`volunteer ${v.id} has an invalid capacity ${v.capacity}`);
    }
    return v.capacity;
  });
  const pinnedBeneficiary = new Set<number>();
  const pins: { beneficiary: number; volunteer: number }[] = [];
  for (const pin of input.pins ?? []) {
    const b = beneficiaryIndex.get(pin.beneficiaryId);
    const v = volunteerIndex.get(pin.volunteerId);
    if (b === undefined) {
      throw new MatchingRuleError(RULES.unknownParticipant, `pin names unknown beneficiary ${pin.beneficiaryId}`);
    }
    if (v === undefined) {
      throw new MatchingRuleError(RULES.unknownParticipant, `pin names unknown volunteer ${pin.volunteerId}`);
    }
    if (pinnedBeneficiary.has(b)) {
      throw new MatchingRuleError(RULES.pin, `beneficiary ${pin.beneficiaryId} is pinned more than once`);
    }
    const violation = checkPair(beneficiaries[b], volunteers[v], bans);
    if (violation) throw new MatchingRuleError(violation.rule, `pin ${pin.beneficiaryId} – ${pin.volunteerId}: ${violation.message}`);
    if (remainingCapacity[v] === 0) {
      throw new MatchingRuleError(
        RULES.volunteerCapacity,
        `pins give volunteer ${pin.volunteerId} more than their capacity of ${volunteers[v].capacity}`,
      );
    }
    remainingCapacity[v]--;
    pinnedBeneficiary.add(b);
    pins.push({ beneficiary: b, volunteer: v });
  }

  // Scores per (beneficiary, volunteer) then spread over the volunteer's slots: scoring is the
  // costly part, so rules are checked without building messages and totals come from profiles
  // reduced once to integers (PairScorer). -1 marks a pair a hard rule forbids.
  const scorer = new PairScorer(beneficiaries, volunteers, weights);
  const candidates: number[] = [];
  beneficiaries.forEach((_, b) => {
    if (!pinnedBeneficiary.has(b)) candidates.push(b);
  });
  const volunteerScores = new Int32Array(candidates.length * volunteers.length).fill(-1);
  const rowHasOption = new Uint8Array(candidates.length);
  const volunteerHasOption = new Uint8Array(volunteers.length);
  let maxFeasible = 0;
  for (let r = 0; r < candidates.length; r++) {
    const b = beneficiaries[candidates[r]];
    for (let v = 0; v < volunteers.length; v++) {
      if (remainingCapacity[v] === 0 || brokenRule(b, volunteers[v], bans) !== null) continue;
      const value = scorer.total(candidates[r], v);
      if (value > maxFeasible) maxFeasible = value;
      volunteerScores[r * volunteers.length + v] = value;
      rowHasOption[r] = 1;
      volunteerHasOption[v] = 1;
    }
  }

  // Beneficiaries and volunteers without a single allowed partner stay out of the matrix. Besides
  // being useless, their all-zero rows and columns are what the search reaches last (one pair less
  // costs BIG), so each one left in would cost a search over the whole matrix.
  const rowList: number[] = [];
  const rowCandidate: number[] = [];
  candidates.forEach((b, r) => {
    if (rowHasOption[r]) {
      rowList.push(b);
      rowCandidate.push(r);
    }
  });
  const slotList: number[] = [];
  remainingCapacity.forEach((capacity, v) => {
    if (!volunteerHasOption[v]) return;
    for (let s = 0; s < capacity; s++) slotList.push(v);
  });
  const rows = rowList.length;
  const cols = slotList.length;

  const big = maxFeasible * Math.min(rows, cols) + 1;
  const preferred = new PairSet(options.preferredPairs);
  // The bonus of all kept pairs together (at most min(rows, cols)) stays below one point of score.
  const bonusScale = preferred.size > 0 ? Math.min(rows, cols) + 1 : 1;
  const maxTotal = (big + maxFeasible) * bonusScale * Math.min(rows, cols) + Math.min(rows, cols);
  if (maxTotal > Number.MAX_SAFE_INTEGER) throw new RangeError('cohort too large for exact integer weights');

  const data = new Float64Array(rows * cols);
  const scores = new Int32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const b = beneficiaries[rowList[r]];
    for (let c = 0; c < cols; c++) {
      const v = slotList[c];
      const score = volunteerScores[rowCandidate[r] * volunteers.length + v];
      scores[r * cols + c] = score;
      if (score < 0) continue;
      const bonus = bonusScale > 1 && preferred.has(b.id, volunteers[v].id) ? 1 : 0;
      data[r * cols + c] = (big + score) * bonusScale + bonus;
    }
  }
  return {
    matrix: { rows, cols, data },
    rowBeneficiary: Int32Array.from(rowList),
    slotVolunteer: Int32Array.from(slotList),
    scores,
    big,
    bonusScale,
    pins,
  };
}

export function solveCohort(input: CohortInput, options: SolveOptions = {}): Proposal {
  const weights = input.weights ?? DEFAULT_SCORING_WEIGHTS;
  const built = buildCohortMatrix(input, options);
  const { matrix, rowBeneficiary, slotVolunteer, scores } = built;

  const volunteerOf = new Int32Array(input.beneficiaries.length).fill(-1);
  const pinned = new Uint8Array(input.beneficiaries.length);
  for (const pin of built.pins) {
    volunteerOf[pin.beneficiary] = pin.volunteer;
    pinned[pin.beneficiary] = 1;
  }
  const { colForRow } = solveLinearSumAssignment(matrix, true);
  for (let r = 0; r < matrix.rows; r++) {
    const c = colForRow[r];
    if (c >= 0 && scores[r * matrix.cols + c] >= 0) volunteerOf[rowBeneficiary[r]] = slotVolunteer[c];
  }
  return assembleProposal(input, volunteerOf, pinned, weights);
}

/** Builds a proposal from "volunteer index of each beneficiary" (-1: unmatched). */
export function assembleProposal(input: CohortInput, volunteerOf: Int32Array, pinned: Uint8Array, weights: ScoringWeights): Proposal {
  const pairs: ProposedPair[] = [];
  const unmatchedBeneficiaryIds: string[] = [];
  const used = new Int32Array(input.volunteers.length);
  let totalScore = 0;
  input.beneficiaries.forEach((b, i) => {
    const v = volunteerOf[i];
    if (v < 0) {
      unmatchedBeneficiaryIds.push(b.id);
      return;
    }
    const volunteer = input.volunteers[v];
    const score = scorePair(b, volunteer, weights);
    totalScore += score.total;
    used[v]++;
    pairs.push({ beneficiaryId: b.id, volunteerId: volunteer.id, score, pinned: pinned[i] === 1 });
  });
  const volunteersWithFreeCapacity = input.volunteers.filter((v, i) => used[i] < v.capacity).map((v) => v.id);
  return { pairs, pairCount: pairs.length, totalScore, unmatchedBeneficiaryIds, volunteersWithFreeCapacity };
}
