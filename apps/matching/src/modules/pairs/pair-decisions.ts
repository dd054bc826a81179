import { assertTerritory, type Principal } from '@binome/auth';
import { conflict, notFound } from '@binome/errors';
import { RULES, type BeneficiaryProfile, type VolunteerProfile } from '@binome/matching-engine';
import { territory } from '@binome/persistence';
import { promotionOfPair } from '../proposals/promotion-ref';
import type { Pair } from './pair.entity';
import type { PairsDeps } from './pairs.deps';
import { RuleConflict } from './rule-conflict';

// What the staff's decisions on a pair share: loading it in the caller's territory, the promotion's
// lease, the participants in recruitment's current cohort, the input of a new pairing.

export async function loadPair(d: Pick<PairsDeps, 'pairs'>, principal: Principal, id: string): Promise<Pair> {
  const pair = await d.pairs.findById(principal.scope, id);
  if (!pair) throw notFound('Pair');
  assertTerritory(principal, pair.territoryId);
  return pair;
}

/** Runs `work` on the freshest copy of the pair, under its promotion's lease. */
export async function underLease<T>(
  d: Pick<PairsDeps, 'pairs' | 'matchings'>,
  principal: Principal,
  id: string,
  work: (pair: Pair) => Promise<T>,
): Promise<T> {
  const first = await loadPair(d, principal, id);
  return d.matchings.withLease(promotionOfPair(first), async () => work(await loadPair(d, principal, id)));
}

/** A compare-and-set lost to a concurrent change. */
export const lost = () => conflict('The pair changed meanwhile; reload and try again');

export function participants(
  cohort: { beneficiaries: BeneficiaryProfile[]; volunteers: VolunteerProfile[] },
  beneficiaryId: string,
  volunteerId: string,
) {
  const b = cohort.beneficiaries.find((x) => x.id === beneficiaryId);
  const v = cohort.volunteers.find((x) => x.id === volunteerId);
  if (!b)
    throw new RuleConflict(
      RULES.unknownParticipant,
      `Recruitment no longer lists beneficiary ${beneficiaryId} as admitted to this promotion`,
    );
  if (!v)
    throw new RuleConflict(RULES.unknownParticipant, `Recruitment no longer lists volunteer ${volunteerId} as enrolled in this promotion`);
  return { b, v };
}

/**
 * What pairing a beneficiary anew (another volunteer, a rematch) is checked against: recruitment's
 * current cohort (with the caller's token), the promotion's bans, its stored pairs, the weights.
 */
export async function pairingInput(d: PairsDeps, principal: Principal, pair: Pair) {
  const scope = territory(pair.territoryId);
  const [cohort, state, all, weights] = await Promise.all([
    d.recruitment.cohort({ token: principal.token }, pair.territoryId, pair.promotionId),
    d.matchings.find(scope, pair.promotionId),
    d.pairs.ofPromotion(scope, pair.promotionId),
    d.weights.weightsOf(pair.territoryId),
  ]);
  return { cohort, state, all, weights };
}
