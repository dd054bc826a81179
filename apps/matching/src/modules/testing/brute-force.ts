import { BanList, checkPair, DEFAULT_SCORING_WEIGHTS, scorePair, type BeneficiaryProfile, type ScoringWeights, type VolunteerProfile } from '@binome/matching-engine';

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
