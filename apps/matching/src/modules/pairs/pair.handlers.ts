import { randomUUID } from 'node:crypto';
import { assertTerritory, type Principal } from '@binome/auth';
import { AppError, conflict, notFound } from '@binome/errors';
import { BanList, checkPair, RULES, scorePair, type BeneficiaryProfile, type VolunteerProfile } from '@binome/matching-engine';
import { territory } from '@binome/persistence';
import type { MatchingDeps } from '../matching.deps';
import { promotionOfPair } from '../proposals/promotion-ref';
import { planReplacement } from '../proposals/proposal.planner';
import { RuleConflict } from './rule-conflict';
import { DECIDED_STATUSES, LIVE_STATUSES, pairLifecycle, type DissolutionReason, type Pair, type PairStatus } from './pair.entity';
import {
  DISSOLUTION_REASON_CODES,
  pairEvent,
  pairIds,
  PairActivated,
  PairCompleted,
  PairConfirmed,
  PairDissolved,
  PairProposed,
  PairWithdrawn,
} from './pair.events';
import { matchingEvents } from '@binome/contracts';

async function load(d: MatchingDeps, principal: Principal, id: string): Promise<Pair> {
  const pair = await d.pairs.findById(principal.scope, id);
  if (!pair) throw notFound('Pair');
  assertTerritory(principal, pair.territoryId);
  return pair;
}

/** Runs `work` on the freshest copy of the pair, under its promotion's lease. */
async function underLease<T>(d: MatchingDeps, principal: Principal, id: string, work: (pair: Pair) => Promise<T>): Promise<T> {
  const first = await load(d, principal, id);
  return d.matchings.withLease(promotionOfPair(first), async () => work(await load(d, principal, id)));
}

const lost = () => conflict('The pair changed meanwhile; reload and try again');

function participants(cohort: { beneficiaries: BeneficiaryProfile[]; volunteers: VolunteerProfile[] }, beneficiaryId: string, volunteerId: string) {
  const b = cohort.beneficiaries.find((x) => x.id === beneficiaryId);
  const v = cohort.volunteers.find((x) => x.id === volunteerId);
  if (!b) throw new RuleConflict(RULES.unknownParticipant, `Recruitment no longer lists beneficiary ${beneficiaryId} as admitted to this promotion`);
  if (!v) throw new RuleConflict(RULES.unknownParticipant, `Recruitment no longer lists volunteer ${volunteerId} as enrolled in this promotion`);
  return { b, v };
}

/**
 * Staff approve a proposed pair: the hard rules are checked again on recruitment's current data
 * (a volunteer who has not attended the training day cannot be confirmed), then → confirmed.
 */
export async function approvePair(d: MatchingDeps, principal: Principal, id: string): Promise<Pair> {
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
    if (all.some((x) => x._id !== pair._id && x.beneficiaryId === b.id && (DECIDED_STATUSES.includes(x.status) || x.status === 'completed'))) {
      throw conflict(`Beneficiary ${b.id} already has a confirmed pair in this promotion`);
    }
    const held = all.filter((x) => x.volunteerId === v.id && (DECIDED_STATUSES.includes(x.status) || x.status === 'completed')).length;
    if (held >= v.capacity) throw new RuleConflict(RULES.volunteerCapacity, `Volunteer ${v.id} already follows ${held} confirmed pair(s), their capacity`);
    const ok = await d.pairs.transition(scope, id, 'proposed', 'confirmed', principal.subject, [pairEvent(PairConfirmed, pair, pairIds(pair))], {}, { volunteerId: pair.volunteerId });
    if (!ok) throw lost();
    return { ...pair, status: 'confirmed' as const };
  });
}

/** Staff reject a proposed pair: it leaves the proposal and the pair is banned from later runs. */
export async function rejectPair(d: MatchingDeps, principal: Principal, id: string): Promise<Pair> {
  return underLease(d, principal, id, async (pair) => {
    pairLifecycle.assert(pair.status, 'withdrawn');
    const event = pairEvent(PairWithdrawn, pair, { ...pairIds(pair), reason: matchingEvents.PairWithdrawalReason.PAIR_WITHDRAWAL_REASON_REJECTED });
    const ok = await d.pairs.transition(territory(pair.territoryId), id, 'proposed', 'withdrawn', principal.subject, [event], {}, { volunteerId: pair.volunteerId });
    if (!ok) throw lost();
    await d.matchings.addBan(promotionOfPair(pair), { beneficiaryId: pair.beneficiaryId, volunteerId: pair.volunteerId });
    return { ...pair, status: 'withdrawn' as const };
  });
}

/**
 * Staff give a proposed pair another volunteer. The new pair is checked against the hard rules
 * and the volunteer's capacity, re-scored, and pinned so that re-runs keep the staff's choice.
 */
export async function changeVolunteer(d: MatchingDeps, principal: Principal, id: string, volunteerId: string): Promise<Pair> {
  return underLease(d, principal, id, async (pair) => {
    if (pair.status !== 'proposed') {
      throw new AppError('illegal_transition', `A ${pair.status} pair cannot change volunteer; only a proposed one can (dissolve it and re-match instead)`, {
        fields: [{ field: 'status', message: `pair is ${pair.status}` }],
      });
    }
    if (pair.volunteerId === volunteerId) return pair;
    const scope = territory(pair.territoryId);
    const [cohort, state, all, weights] = await Promise.all([
      d.recruitment.cohort({ token: principal.token }, pair.territoryId, pair.promotionId),
      d.matchings.find(scope, pair.promotionId),
      d.pairs.ofPromotion(scope, pair.promotionId),
      d.weights.weightsOf(pair.territoryId),
    ]);
    const { b, v } = participants(cohort, pair.beneficiaryId, volunteerId);
    const violation = checkPair(b, v, new BanList(state?.bans ?? []));
    if (violation) throw new RuleConflict(violation.rule, `Cannot pair: ${violation.message}`);
    const held = all.filter((x) => x._id !== pair._id && x.volunteerId === v.id && (LIVE_STATUSES.includes(x.status) || x.status === 'completed')).length;
    if (held >= v.capacity) {
      throw new RuleConflict(RULES.volunteerCapacity, `Volunteer ${v.id} already has ${held} pair(s) in this promotion, their capacity; reject one first`);
    }
    const score = scorePair(b, v, weights);
    const edited: Pair = { ...pair, volunteerId: v.id, score: { ...score, contributions: { ...score.contributions }, details: { ...score.details } }, meetingPlace: v.workplace, pinned: true };
    const event = pairEvent(PairProposed, edited, { ...pairIds(edited), score: score.total, proposalId: '', replacesPairId: pair.replacesPairId ?? '' });
    const ok = await d.pairs.update(scope, id, 'proposed', { volunteerId: v.id, score: edited.score, meetingPlace: v.workplace, pinned: true }, [event], { volunteerId: pair.volunteerId });
    if (!ok) throw lost();
    await d.matchings.addPin(promotionOfPair(pair), { beneficiaryId: b.id, volunteerId: v.id });
    return { ...edited, updatedAt: new Date() };
  });
}

export type LifecycleTarget = Exclude<PairStatus, 'proposed'>;

/** confirmed → active → completed, or → dissolved with a reason. */
export async function movePair(
  d: MatchingDeps,
  principal: Principal,
  id: string,
  to: LifecycleTarget,
  dissolution?: { reason: DissolutionReason; note?: string },
): Promise<Pair> {
  if (to === 'confirmed') return approvePair(d, principal, id);
  if (to === 'withdrawn') return rejectPair(d, principal, id);
  const pair = await load(d, principal, id);
  pairLifecycle.assert(pair.status, to);
  const ids = pairIds(pair);
  const event =
    to === 'active'
      ? pairEvent(PairActivated, pair, ids)
      : to === 'completed'
        ? pairEvent(PairCompleted, pair, ids)
        : pairEvent(PairDissolved, pair, { ...ids, reason: DISSOLUTION_REASON_CODES[dissolution?.reason ?? 'other'], previousStatus: pair.status });
  const set = to === 'dissolved' ? { dissolution: { reason: dissolution?.reason ?? 'other', ...(dissolution?.note ? { note: dissolution.note } : {}) } } : {};
  const ok = await d.pairs.transition(territory(pair.territoryId), id, pair.status, to, principal.subject, [event], set);
  if (!ok) throw lost();
  return { ...pair, status: to, ...set };
}

/**
 * Re-matching after a dissolution: a new proposed pair for the dissolved pair's beneficiary,
 * among trained volunteers with a free slot, never with the volunteer they were dissolved from.
 */
export async function rematchDissolved(d: MatchingDeps, principal: Principal, id: string): Promise<Pair> {
  return underLease(d, principal, id, async (dissolved) => {
    if (dissolved.status !== 'dissolved') {
      throw new AppError('illegal_transition', `Only a dissolved pair's beneficiary is re-matched; this pair is ${dissolved.status}`, {
        fields: [{ field: 'status', message: `pair is ${dissolved.status}` }],
      });
    }
    const scope = territory(dissolved.territoryId);
    const [cohort, state, all, weights] = await Promise.all([
      d.recruitment.cohort({ token: principal.token }, dissolved.territoryId, dissolved.promotionId),
      d.matchings.find(scope, dissolved.promotionId),
      d.pairs.ofPromotion(scope, dissolved.promotionId),
      d.weights.weightsOf(dissolved.territoryId),
    ]);
    const current = all.find((x) => x.beneficiaryId === dissolved.beneficiaryId && (LIVE_STATUSES.includes(x.status) || x.status === 'completed'));
    if (current) throw conflict(`Beneficiary ${dissolved.beneficiaryId} already has a ${current.status} pair (${current._id})`);
    if (!cohort.beneficiaries.some((b) => b.id === dissolved.beneficiaryId)) {
      throw new RuleConflict(RULES.unknownParticipant, `Recruitment no longer lists beneficiary ${dissolved.beneficiaryId} as admitted to this promotion`);
    }
    const proposal = planReplacement({ ...cohort, pairs: all, pins: [], bans: state?.bans ?? [], weights }, dissolved.beneficiaryId);
    if (!proposal) throw new RuleConflict(RULES.volunteerCapacity, 'No trained volunteer of the promotion has a free slot for this beneficiary');
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
    await d.pairs.insert(pair, [pairEvent(PairProposed, pair, { ...pairIds(pair), score: pair.score.total, proposalId: '', replacesPairId: dissolved._id })]);
    return pair;
  });
}
