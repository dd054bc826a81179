import { assertTerritory, type Principal } from '@binome/auth';
import { conflict, notFound } from '@binome/errors';
import { RULES, type BeneficiaryProfile, type VolunteerProfile } from '@binome/matching-engine';
import { promotionOfPair } from '../proposals/promotion-ref';
import type { Pair } from './pair.entity';
import type { PairsDeps } from './pairs.deps';
import { RuleConflict } from './rule-conflict';

// What the staff's decisions on a pair share: loading it in the caller's territory, the promotion's
// lease, the participants in recruitment's current cohort.

export async function loadPair(d: Pick<PairsDeps, 'pairs'>, principal: Principal, id: string): Promise<Pair> {
  const pair = await d.pairs.findById(principal.scope, id);
  if (!pair) throw notFound('Pair');
  assertTerritory(principal, pair.territoryId);
  return pair;
}

/** Runs `work` on the freshest copy of the pair, under its promotion's lease. */
export async function underLease<T>(d: Pick<PairsDeps, 'pairs' | 'matchings'>, principal: Principal, id: string, work: (pair: Pair) => Promise<T>): Promise<T> {
  const first = await loadPair(d, principal, id);
  return d.matchings.withLease(promotionOfPair(first), async () => work(await loadPair(d, principal, id)));
}

/** A compare-and-set lost to a concurrent change. */
export const lost = () => conflict('The pair changed meanwhile; reload and try again');

export function participants(cohort: { beneficiaries: BeneficiaryProfile[]; volunteers: VolunteerProfile[] }, beneficiaryId: string, volunteerId: string) {
  const b = cohort.beneficiaries.find((x) => x.id === beneficiaryId);
  const v = cohort.volunteers.find((x) => x.id === volunteerId);
  if (!b) throw new RuleConflict(RULES.unknownParticipant, `Recruitment no longer lists beneficiary ${beneficiaryId} as admitted to this promotion`);
  if (!v) throw new RuleConflict(RULES.unknownParticipant, `Recruitment no longer lists volunteer ${volunteerId} as enrolled in this promotion`);
  return { b, v };
}

