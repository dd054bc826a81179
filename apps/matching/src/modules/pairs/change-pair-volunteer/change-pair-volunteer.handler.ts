import type { Principal } from '@binome/auth';
import { AppError } from '@binome/errors';
import { BanList, checkPair, RULES, scorePair } from '@binome/matching-engine';
import { territory } from '@binome/persistence';
import { promotionOfPair } from '../../proposals/promotion-ref';
import { LIVE_STATUSES, type Pair } from '../pair.entity';
import { pairEvent, pairIds, PairProposed } from '../pair.events';
import { lost, participants, pairingInput, underLease } from '../pair-decisions';
import type { PairsDeps } from '../pairs.deps';
import { RuleConflict } from '../rule-conflict';

/**
 * Staff give a proposed pair another volunteer. The new pair is checked against the hard rules
 * and the volunteer's capacity, re-scored, and pinned so that re-runs keep the staff's choice.
 */
export async function changePairVolunteer(d: PairsDeps, principal: Principal, id: string, volunteerId: string): Promise<Pair> {
  return underLease(d, principal, id, async (pair) => {
    if (pair.status !== 'proposed') {
      throw new AppError(
        'illegal_transition',
        `A ${pair.status} pair cannot change volunteer; only a proposed one can (dissolve it and re-match instead)`,
        {
          fields: [{ field: 'status', message: `pair is ${pair.status}` }],
        },
      );
    }
    if (pair.volunteerId === volunteerId) return pair;
    const scope = territory(pair.territoryId);
    const { cohort, state, all, weights } = await pairingInput(d, principal, pair);
    const { b, v } = participants(cohort, pair.beneficiaryId, volunteerId);
    const violation = checkPair(b, v, new BanList(state?.bans ?? []));
    if (violation) throw new RuleConflict(violation.rule, `Cannot pair: ${violation.message}`);
    const held = all.filter(
      (x) => x._id !== pair._id && x.volunteerId === v.id && (LIVE_STATUSES.includes(x.status) || x.status === 'completed'),
    ).length;
    if (held >= v.capacity) {
      throw new RuleConflict(
        RULES.volunteerCapacity,
        `Volunteer ${v.id} already has ${held} pair(s) in this promotion, their capacity; reject one first`,
      );
    }
    const score = scorePair(b, v, weights);
    const edited: Pair = {
      ...pair,
      volunteerId: v.id,
      score: { ...score, contributions: { ...score.contributions }, details: { ...score.details } },
      meetingPlace: v.workplace,
      pinned: true,
    };
    const event = pairEvent(PairProposed, edited, {
      ...pairIds(edited),
      score: score.total,
      proposalId: '',
      replacesPairId: pair.replacesPairId ?? '',
    });
    const ok = await d.pairs.update(
      scope,
      id,
      'proposed',
      { volunteerId: v.id, score: edited.score, meetingPlace: v.workplace, pinned: true },
      [event],
      { volunteerId: pair.volunteerId },
    );
    if (!ok) throw lost();
    await d.matchings.addPin(promotionOfPair(pair), { beneficiaryId: b.id, volunteerId: v.id });
    return { ...edited, updatedAt: new Date() };
  });
}
