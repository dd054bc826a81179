import type { Principal } from '@binome/auth';
import { conflict } from '@binome/errors';
import { BanList, checkPair, RULES } from '@binome/matching-engine';
import { territory } from '@binome/persistence';
import { DECIDED_STATUSES, pairLifecycle, type Pair } from '../pair.entity';
import { pairEvent, pairIds, PairConfirmed } from '../pair.events';
import { lost, participants, underLease } from '../pair-decisions';
import type { PairsDeps } from '../pairs.deps';
import { RuleConflict } from '../rule-conflict';

/**
 * Staff approve a proposed pair: the hard rules are checked again on recruitment's current data
 * (a volunteer who has not attended the training day cannot be confirmed), then → confirmed.
 */
export async function approvePair(d: PairsDeps, principal: Principal, id: string): Promise<Pair> {
  return underLease(d, principal, id, async (pair) => {
    pairLifecycle.assert(pair.status, 'confirmed');
    const scope = territory(pair.territoryId);
    const [cohort, state, all] = await Promise.all([
      d.recruitment.cohort({ token: principal.token }, pair.territoryId, pair.promotionId),
      d.matchings.find(scope, pair.promotionId),
      d.pairs.ofPromotion(scope, pair.promotionId),
    ]);
    const { b, v } = participants(cohort, pair.beneficiaryId, pair.volunteerId);
    const violation = checkPair(b, v, new BanList(state?.bans ?? []));
    if (violation) throw new RuleConflict(violation.rule, `Cannot confirm: ${violation.message}`);
    if (
      all.some((x) => x._id !== pair._id && x.beneficiaryId === b.id && (DECIDED_STATUSES.includes(x.status) || x.status === 'completed'))
    ) {
      throw conflict(`Beneficiary ${b.id} already has a confirmed pair in this promotion`);
    }
    const held = all.filter((x) => x.volunteerId === v.id && (DECIDED_STATUSES.includes(x.status) || x.status === 'completed')).length;
    if (held >= v.capacity)
      throw new RuleConflict(RULES.volunteerCapacity, `Volunteer ${v.id} already follows ${held} confirmed pair(s), their capacity`);
    const ok = await d.pairs.transition(
      scope,
      id,
      'proposed',
      'confirmed',
      principal.subject,
      [pairEvent(PairConfirmed, pair, pairIds(pair))],
      {},
      { volunteerId: pair.volunteerId },
    );
    if (!ok) throw lost();
    return { ...pair, status: 'confirmed' as const };
  });
}
