import { randomUUID } from 'node:crypto';
import type { Principal } from '@binome/auth';
import { AppError, conflict } from '@binome/errors';
import { RULES, type VolunteerProfile } from '@binome/matching-engine';
import { planReplacement } from '../../proposals/proposal.planner';
import { LIVE_STATUSES, type Pair } from '../pair.entity';
import { pairEvent, pairIds, PairProposed } from '../pair.events';
import { pairingInput, underLease } from '../pair-decisions';
import type { PairsDeps } from '../pairs.deps';
import { RuleConflict } from '../rule-conflict';

/**
 * Re-matching after a dissolution: a new proposed pair for the dissolved pair's beneficiary,
 * among trained volunteers with a free slot, never with the volunteer they were dissolved from.
 */
export async function rematchPair(d: PairsDeps, principal: Principal, id: string): Promise<Pair> {
  return underLease(d, principal, id, async (dissolved) => {
    if (dissolved.status !== 'dissolved') {
      throw new AppError('illegal_transition', `Only a dissolved pair's beneficiary is re-matched; this pair is ${dissolved.status}`, {
        fields: [{ field: 'status', message: `pair is ${dissolved.status}` }],
      });
    }
    const { cohort, state, all, weights } = await pairingInput(d, principal, dissolved);
    const current = all.find(
      (x) => x.beneficiaryId === dissolved.beneficiaryId && (LIVE_STATUSES.includes(x.status) || x.status === 'completed'),
    );
    if (current) throw conflict(`Beneficiary ${dissolved.beneficiaryId} already has a ${current.status} pair (${current._id})`);
    if (!cohort.beneficiaries.some((b) => b.id === dissolved.beneficiaryId)) {
      throw new RuleConflict(
        RULES.unknownParticipant,
        `Recruitment no longer lists beneficiary ${dissolved.beneficiaryId} as admitted to this promotion`,
      );
    }
    const proposal = planReplacement({ ...cohort, pairs: all, pins: [], bans: state?.bans ?? [], weights }, dissolved.beneficiaryId);
    if (!proposal)
      throw new RuleConflict(RULES.volunteerCapacity, 'No trained volunteer of the promotion has a free slot for this beneficiary');
    const v = cohort.volunteers.find((x) => x.id === proposal.volunteerId) as VolunteerProfile;
    const now = new Date();
    const pair: Pair = {
      _id: randomUUID(),
      territoryId: dissolved.territoryId,
      promotionId: dissolved.promotionId,
      beneficiaryId: dissolved.beneficiaryId,
      volunteerId: v.id,
      status: 'proposed',
      score: { total: proposal.score.total, contributions: { ...proposal.score.contributions }, details: { ...proposal.score.details } },
      meetingPlace: v.workplace,
      pinned: false,
      replacesPairId: dissolved._id,
      history: [{ status: 'proposed', at: now, by: principal.subject }],
      createdAt: now,
      updatedAt: now,
    };
    await d.pairs.insert(pair, [
      pairEvent(PairProposed, pair, { ...pairIds(pair), score: pair.score.total, proposalId: '', replacesPairId: dissolved._id }),
    ]);
    return pair;
  });
}
