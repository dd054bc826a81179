import { BanList, checkPair } from '../rules';
import { DEFAULT_SCORING_WEIGHTS, scorePair, type ScoringWeights } from '../score';
import type { BeneficiaryProfile, VolunteerProfile } from '../profiles';
/**
 * Exhaustive references for the tests: every assignment of the smaller side is enumerated, so
 * they are only usable up to about 8×8.
 */

export interface BruteForceOptimum {
  /** Best total, or null when every complete assignment hits a forbidden cell. */
  readonly total: number | null;
}

/** Optimum of min(rows, cols) cells, no two in a row or column; non-finite cells are forbidden. */
export function bruteForceLinearAssignment(cost: readonly (readonly number[])[], maximize = false): BruteForceOptimum {
  const rows = cost.length;
  const cols = rows === 0 ? 0 : cost[0].length;
  const transpose = rows > cols;
  const nr = transpose ? cols : rows;
  const nc = transpose ? rows : cols;
  const at = (i: number, j: number): number => (transpose ? cost[j][i] : cost[i][j]);
  const used = new Array<boolean>(nc).fill(false);
  let best: number | null = null;
  const visit = (i: number, acc: number): void => {
    if (i === nr) {
      if (best === null || (maximize ? acc > best : acc < best)) best = acc;
      return;
    }
    for (let j = 0; j < nc; j++) {
      const c = at(i, j);
      if (used[j] || !Number.isFinite(c)) continue;
      used[j] = true;
      visit(i + 1, acc + c);
      used[j] = false;
    }
  };
  visit(0, 0);
  return { total: best };
}

/**
 * Lexicographic optimum of a cohort-like problem: the most pairs, then the highest score.
 * `scores[i][j]` is the score of row i with column j, or null when forbidden; `capacity[j]` is how
 * many rows column j can take. Rows may stay unmatched.
 */
export function bruteForceCohort(
  scores: readonly (readonly (number | null)[])[],
  capacity: readonly number[],
): { pairs: number; total: number } {
  const left = [...capacity];
  let best = { pairs: -1, total: -Infinity };
  const visit = (i: number, pairs: number, total: number): void => {
    if (i === scores.length) {
      if (pairs > best.pairs || (pairs === best.pairs && total > best.total)) best = { pairs, total };
      return;
    }
    visit(i + 1, pairs, total);
    for (let j = 0; j < left.length; j++) {
      const s = scores[i][j];
      if (s === null || left[j] === 0) continue;
      left[j]--;
      visit(i + 1, pairs + 1, total + s);
      left[j]++;
    }
  };
  visit(0, 0, 0);
  return best;
}

/**
 * Every one-to-one assignment (volunteers of capacity 1), best by pair count then total score:
 * the optimum by definition, for checking the service's proposals on small cohorts.
 */
export function bruteForceOptimum(
  bs: readonly BeneficiaryProfile[],
  vs: readonly VolunteerProfile[],
  bans = new BanList(),
  weights: ScoringWeights = DEFAULT_SCORING_WEIGHTS,
): { pairs: number; score: number } {
  let best = { pairs: -1, score: -1 };
  const used = new Array<boolean>(vs.length).fill(false);
  const walk = (i: number, pairs: number, score: number) => {
    if (i === bs.length) {
      if (pairs > best.pairs || (pairs === best.pairs && score > best.score)) best = { pairs, score };
      return;
    }
    walk(i + 1, pairs, score);
    vs.forEach((v, j) => {
      if (used[j] || checkPair(bs[i], v, bans)) return;
      used[j] = true;
      walk(i + 1, pairs + 1, score + scorePair(bs[i], v, weights).total);
      used[j] = false;
    });
  };
  walk(0, 0, 0);
  return best;
}
