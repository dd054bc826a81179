import { randomUUID } from 'node:crypto';
import type { Principal } from '@binome/auth';
import { matchingEvents } from '@binome/contracts';
import { notFound } from '@binome/errors';
import type { PairRef, ProposedPair, VolunteerProfile } from '@binome/matching-engine';
import { territory } from '@binome/persistence';
import type { MatchingDeps } from '../matching.deps';
import { DECIDED_STATUSES, type Pair } from '../pairs/pair.entity';
import { pairEvent, pairIds, PairProposed, PairWithdrawn } from '../pairs/pair.events';
import { pairView } from '../pairs/pair.views';
import { fromEngineError } from '../pairs/rule-conflict';
import type { PromotionMatching } from './promotion-matching.entity';
import { promotionInReach } from './promotion-ref';
import { buildRunInput, explainWhyNot, planRun, type Explanation, type PlanningInput } from './proposal.planner';

const storedScore = (p: ProposedPair): Pair['score'] => ({
  total: p.score.total,
  contributions: { ...p.score.contributions },
  details: { ...p.score.details, sharedSlots: [...p.score.details.sharedSlots], coveredNeeds: [...p.score.details.coveredNeeds] },
});

async function planningInput(d: MatchingDeps, principal: Principal, territoryId: string, promotionId: string) {
  const scope = territory(territoryId);
  const [cohort, pairs, state, weights] = await Promise.all([
    d.recruitment.cohort({ token: principal.token }, territoryId, promotionId),
    d.pairs.ofPromotion(scope, promotionId),
    d.matchings.find(scope, promotionId),
    d.weights.weightsOf(territoryId),
  ]);
  const input: PlanningInput = { ...cohort, pairs, pins: state?.pins ?? [], bans: state?.bans ?? [], weights };
  return { input, cohort, pairs };
}

/**
 * Runs the whole-cohort optimum for a promotion (most pairs, then best total score, under the hard
 * rules, the staff's pins and bans), keeping decided pairs and changing as few proposed pairs as
 * the optimum allows. Stores new proposed pairs with their score breakdown (PairProposed) and
 * withdraws the proposed pairs the optimum no longer holds (PairWithdrawn, superseded).
 */
export async function runProposal(d: MatchingDeps, principal: Principal, territoryId: string, promotionId: string) {
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
      const event = pairEvent(PairWithdrawn, { _id: w._id, territoryId }, {
        ...pairIds({ ...w, territoryId, promotionId }),
        reason: matchingEvents.PairWithdrawalReason.PAIR_WITHDRAWAL_REASON_SUPERSEDED,
      });
      await d.pairs.transition(scope, w._id, 'proposed', 'withdrawn', by, [event], {}, { volunteerId: w.volunteerId });
    }
    for (const k of plan.keep) {
      await d.pairs.update(scope, k.pairId, 'proposed', { score: storedScore(k.pair), pinned: k.pair.pinned, proposalId }, [], { volunteerId: k.pair.volunteerId });
    }
    for (const c of plan.create) {
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
      await d.pairs.insert(pair, [pairEvent(PairProposed, pair, { ...pairIds(pair), score: c.score.total, proposalId, replacesPairId: '' })]);
    }
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

async function stateOf(d: MatchingDeps, principal: Principal, promotionId: string): Promise<PromotionMatching> {
  const state = await d.matchings.find(principal.scope, promotionId);
  if (!state) throw notFound('Matching of this promotion');
  return state;
}

export function proposalView(state: PromotionMatching) {
  return { promotionId: state._id, territoryId: state.territoryId, pins: state.pins, bans: state.bans, latest: state.latest ?? null };
}

export async function getProposal(d: MatchingDeps, principal: Principal, promotionId: string) {
  return proposalView(await stateOf(d, principal, promotionId));
}

function describe(e: Explanation): string {
  switch (e.kind) {
    case 'proposed':
      return `Proposed together (score ${e.score}).`;
    case 'decided':
      return `The beneficiary is already in a ${e.status} pair with volunteer ${e.volunteerId}; runs do not reopen staff decisions.`;
    case 'forbidden':
      return `Not allowed by the rule "${e.rule}": ${e.message}.`;
    case 'costly':
      return e.pairsLost > 0
        ? `Allowed (score ${e.pairScore}), but imposing it would leave ${e.pairsLost} more beneficiary(ies) without a volunteer.`
        : `Allowed (score ${e.pairScore}), but the cohort would lose ${e.scoreLost} points of total score (${e.forced.totalScore} instead of ${e.optimum.totalScore}).`;
  }
}

/** "Why not volunteer X for beneficiary B?" — one volunteer, or every volunteer of the cohort. */
export async function explain(d: MatchingDeps, principal: Principal, promotionId: string, beneficiaryId: string, volunteerId?: string) {
  const state = await stateOf(d, principal, promotionId);
  const { input, cohort } = await planningInput(d, principal, state.territoryId, promotionId);
  const one = (v: string) => {
    try {
      const e = explainWhyNot(input, beneficiaryId, v);
      return { beneficiaryId, volunteerId: v, ...e, summary: describe(e) };
    } catch (error) {
      throw fromEngineError(error);
    }
  };
  if (volunteerId) return one(volunteerId);
  return { beneficiaryId, explanations: cohort.volunteers.map((v) => one(v.id)) };
}

export async function changeConstraint(
  d: MatchingDeps,
  principal: Principal,
  kind: 'pin' | 'ban',
  op: 'add' | 'remove',
  promotionId: string,
  pair: PairRef,
  territoryId?: string,
) {
  // The territory named in the body, else the one of the promotion's existing state in the
  // caller's scope; either way recruitment confirms the promotion before anything is written.
  const t = territoryId ?? (await stateOf(d, principal, promotionId)).territoryId;
  const ref = await promotionInReach(d, principal, t, promotionId);
  const repo = d.matchings;
  const state =
    kind === 'pin'
      ? op === 'add'
        ? await repo.addPin(ref, pair)
        : await repo.removePin(ref, pair)
      : op === 'add'
        ? await repo.addBan(ref, pair)
        : await repo.removeBan(ref, pair);
  return proposalView(state);
}
