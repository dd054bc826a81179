import { randomUUID } from 'node:crypto';
import type { Principal } from '@binome/auth';
import { matchingEvents } from '@binome/contracts';
import type { ProposedPair, VolunteerProfile } from '@binome/matching-engine';
import { territory } from '@binome/persistence';
import { DECIDED_STATUSES, type Pair } from '../../pairs/pair.entity';
import { pairEvent, pairIds, PairProposed, PairWithdrawn } from '../../pairs/pair.events';
import { pairView } from '../../pairs/pair.views';
import { fromEngineError } from '../../pairs/rule-conflict';
import { planningInput } from '../planning-input';
import { promotionInReach } from '../promotion-ref';
import { buildRunInput, planRun } from '../proposal.planner';
import type { ProposalsDeps } from '../proposals.deps';

const storedScore = (p: ProposedPair): Pair['score'] => ({
  total: p.score.total,
  contributions: { ...p.score.contributions },
  details: { ...p.score.details, sharedSlots: [...p.score.details.sharedSlots], coveredNeeds: [...p.score.details.coveredNeeds] },
});

/**
 * Runs the whole-cohort optimum for a promotion (most pairs, then best total score, under the hard
 * rules, the staff's pins and bans), keeping decided pairs and changing as few proposed pairs as
 * the optimum allows. Stores new proposed pairs with their score breakdown (PairProposed) and
 * withdraws the proposed pairs the optimum no longer holds (PairWithdrawn, superseded).
 */
export async function runProposal(d: ProposalsDeps, principal: Principal, territoryId: string, promotionId: string) {
  // The caller's token: recruitment enforces the same tenancy on its side.
  const ref = await promotionInReach(d, principal, territoryId, promotionId);
  return d.matchings.withLease(ref, async () => {
    const scope = territory(territoryId);
    const { input, cohort, pairs } = await planningInput(d, principal, territoryId, promotionId);
    const run = buildRunInput(input);
    let plan: ReturnType<typeof planRun>;
    try {
      plan = planRun(input, run);
    } catch (e) {
      throw fromEngineError(e);
    }
    const proposalId = randomUUID();
    const by = principal.subject;
    const now = new Date();
    const workplace = new Map<string, VolunteerProfile['workplace']>(cohort.volunteers.map((v) => [v.id, v.workplace]));

    for (const w of plan.withdraw) {
      const event = pairEvent(
        PairWithdrawn,
        { _id: w._id, territoryId },
        {
          ...pairIds({ ...w, territoryId, promotionId }),
          reason: matchingEvents.PairWithdrawalReason.PAIR_WITHDRAWAL_REASON_SUPERSEDED,
        },
      );
      await d.pairs.transition(scope, w._id, 'proposed', 'withdrawn', by, [event], {}, { volunteerId: w.volunteerId });
    }
    for (const k of plan.keep) {
      await d.pairs.update(scope, k.pairId, 'proposed', { score: storedScore(k.pair), pinned: k.pair.pinned, proposalId }, [], {
        volunteerId: k.pair.volunteerId,
      });
    }
    // The new pairs in one command (each with its PairProposed): a run of a whole promotion made
    // 25 round trips of its own before.
    const created = plan.create.map((c) => {
      const pair: Pair = {
        _id: randomUUID(),
        territoryId,
        promotionId,
        beneficiaryId: c.beneficiaryId,
        volunteerId: c.volunteerId,
        status: 'proposed',
        score: storedScore(c),
        meetingPlace: workplace.get(c.volunteerId) ?? { lat: 0, lon: 0 },
        pinned: c.pinned,
        proposalId,
        history: [{ status: 'proposed', at: now, by }],
        createdAt: now,
        updatedAt: now,
      };
      return {
        doc: pair,
        events: [pairEvent(PairProposed, pair, { ...pairIds(pair), score: c.score.total, proposalId, replacesPairId: '' })],
      };
    });
    await d.pairs.insertBatch(created);
    const { proposal } = plan.result;
    const summary = {
      proposalId,
      ranAt: now,
      ranBy: by,
      pairCount: proposal.pairCount,
      totalScore: proposal.totalScore,
      unmatchedBeneficiaryIds: [...proposal.unmatchedBeneficiaryIds],
      volunteersWithFreeCapacity: [...proposal.volunteersWithFreeCapacity],
      kept: plan.keep.length,
      added: plan.create.length,
      dropped: plan.withdraw.length,
    };
    await d.matchings.recordRun(ref, summary);
    const live = await d.pairs.ofPromotion(scope, promotionId, { statuses: ['proposed'] });
    return {
      ...summary,
      territoryId,
      promotionId,
      decidedPairCount: pairs.filter((p) => DECIDED_STATUSES.includes(p.status)).length,
      ignoredPins: run.ignoredPins,
      decidedWithMissingParticipant: run.decidedWithMissingParticipant,
      incompleteProfiles: cohort.incomplete,
      pairs: live.map(pairView),
    };
  });
}
