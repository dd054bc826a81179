import { randomUUID } from 'node:crypto';
import { AppError, conflict } from '@binome/errors';
import { assertPartnerExists } from '../../referrals/partner-directory';
import { convertInboundReferral, issueReferral } from '../../referrals/referral-writes';
import { intakeLifecycle, type Candidate, type Decision } from '../candidate.entity';
import { CandidateAdmitted, CandidateReferred, CandidateWaitlisted, candidateEvent } from '../candidate.events';
import { evaluateEligibility, type Eligibility } from '../eligibility';
import { assertSeatFree, loadOpenPromotion } from '../promotion-seats';
import { commit, loadActive } from '../candidate-writes';
import type { Actor, CandidatesDeps } from '../candidates.deps';
import { nextPosition, orderWaitlist, waitlistEntryOf } from '../waitlist';
import type { DecisionRequest } from './decide-candidate.request';

/**
 * Admission with an unmet criterion is a conflict with the person's recorded state, not a
 * malformed request: 409 `conflict`, naming `body.override` and each unmet criterion
 * (`eligibility.<criterion>`) with its explanation.
 */
export function eligibilityConflict(e: Eligibility): AppError {
  const unmet = e.criteria.filter((r) => !r.met);
  return new AppError(
    'conflict',
    `Admission needs an eligibility override with a reason; unmet: ${unmet.map((r) => `${r.criterion} (${r.explanation})`).join('; ')}`,
    {
      fields: [
        { field: 'body.override', message: `required: unmet eligibility criteria ${e.unmet.join(', ')}` },
        ...unmet.map((r) => ({ field: `eligibility.${r.criterion}`, message: r.explanation })),
      ],
    },
  );
}

/** The same decision posted again (a client retry after a timeout, or after a crash between writes). */
function isRepeat(c: Candidate, input: DecisionRequest): boolean {
  if (c.status !== input.outcome || c.decision?.outcome !== input.outcome) return false;
  return input.outcome === 'referred' ? c.decision.partnerId === input.partnerId : c.promotionId === input.promotionId;
}

/**
 * The decision writes the candidate first (status and its event, in one document), then the
 * referral, a second document. There is no multi-document transaction, so the second write is
 * idempotent (the referral id is chosen beforehand and stored in the candidate) and repeating the
 * same decision re-runs it without a second candidate event: a crash between the two writes is
 * repaired by the client's retry. The candidate goes first because its event is the fact; a
 * referral published to a partner for a decision that was then refused would be worse.
 */
async function finishOtherDocuments(deps: CandidatesDeps, actor: Actor, c: Candidate): Promise<void> {
  const by = actor.principal.subject;
  if (c.status === 'admitted') await convertInboundReferral(deps.referrals, c, by);
  if (c.status === 'referred' && c.decision?.referralId && c.decision.partnerId) {
    await issueReferral(deps.referrals, {
      id: c.decision.referralId,
      candidate: c,
      direction: 'outbound',
      partnerId: c.decision.partnerId,
      ...(c.decision.reason ? { reason: c.decision.reason } : {}),
      by,
    });
  }
}

export async function decide(deps: CandidatesDeps, actor: Actor, id: string, input: DecisionRequest): Promise<Candidate> {
  const c = await loadActive(deps.candidates, actor.principal, id);
  if (isRepeat(c, input)) {
    await finishOtherDocuments(deps, actor, c);
    return c;
  }
  intakeLifecycle.assert(c.status, input.outcome);
  const stored =
    input.outcome === 'admitted'
      ? await admit(deps, actor, c, input)
      : input.outcome === 'waitlisted'
        ? await waitlist(deps, actor, c, input)
        : await refer(deps, actor, c, input);
  await finishOtherDocuments(deps, actor, stored);
  return stored;
}

function decisionBase(actor: Actor, c: Candidate, outcome: Decision['outcome'], now: Date) {
  return { outcome, at: now, by: actor.principal.subject, eligibility: evaluateEligibility(c).criteria };
}

async function admit(deps: CandidatesDeps, actor: Actor, c: Candidate, input: DecisionRequest): Promise<Candidate> {
  const p = await loadOpenPromotion(deps.promotions, c.territoryId, input.promotionId as string);
  const eligibility = evaluateEligibility(c);
  if (!eligibility.eligible && !input.override) throw eligibilityConflict(eligibility);
  const now = new Date();
  const by = actor.principal.subject;
  // An override given while every criterion is met overrides nothing: it is not recorded.
  const override =
    eligibility.eligible || !input.override ? undefined : { reason: input.override.reason, unmetCriteria: eligibility.unmet, at: now, by };
  // A freed seat goes to the first person on the waitlist, not to whoever is decided next.
  const head = orderWaitlist((await deps.candidates.waitlisted(c.territoryId, p._id)).map(waitlistEntryOf))[0];
  if (head && head.candidateId !== c._id) {
    throw conflict(
      `People are waiting for a seat in "${p.name}": the next seat goes to the first on its waitlist (candidate ${head.candidateId}); waitlist this person instead`,
    );
  }
  await assertSeatFree(deps.candidates, p);
  // The count above explains a full promotion; the reservation below enforces capacity even when
  // two staff admit the last seat at the same moment (one conditional single-document update).
  // Without a multi-document transaction, a crash between the reservation and the candidate's
  // write leaves the seat held by this candidate: repeating the decision completes it.
  if (!(await deps.promotions.reserveSeat(c.territoryId, p._id, p.capacity, c._id))) {
    throw conflict(
      `Promotion "${p.name}" is full (${p.capacity}/${p.capacity} seats taken); waitlist the person instead (outcome "waitlisted")`,
    );
  }
  const decision: Decision = { ...decisionBase(actor, c, 'admitted', now), promotionId: p._id, ...(override ? { override } : {}) };
  return commitOrRelease(deps, c, p._id, () =>
    commit(deps.candidates, actor, c, {
      set: { status: 'admitted', promotionId: p._id, decision },
      unset: ['waitlistPosition', 'waitlistedAt'],
      history: [
        { status: 'admitted', at: now, by },
        ...(override ? [{ status: 'admitted' as const, at: now, by, action: 'override' as const, note: override.reason }] : []),
      ],
      events: [
        candidateEvent(
          CandidateAdmitted,
          { candidateId: c._id, territoryId: c.territoryId, promotionId: p._id, eligibilityOverridden: Boolean(override) },
          c,
        ),
      ],
    }),
  );
}

/** Gives the reserved seat back when the candidate's own write is refused (changed meanwhile). */
async function commitOrRelease(
  deps: CandidatesDeps,
  c: Candidate,
  promotionId: string,
  write: () => Promise<Candidate>,
): Promise<Candidate> {
  try {
    return await write();
  } catch (e) {
    await deps.promotions.releaseSeat(c.territoryId, promotionId, c._id);
    throw e;
  }
}

async function waitlist(deps: CandidatesDeps, actor: Actor, c: Candidate, input: DecisionRequest): Promise<Candidate> {
  const p = await loadOpenPromotion(deps.promotions, c.territoryId, input.promotionId as string);
  const position = nextPosition((await deps.candidates.waitlisted(c.territoryId, p._id)).map(waitlistEntryOf));
  const now = new Date();
  const by = actor.principal.subject;
  return commit(deps.candidates, actor, c, {
    set: {
      status: 'waitlisted',
      promotionId: p._id,
      waitlistPosition: position,
      waitlistedAt: now,
      decision: { ...decisionBase(actor, c, 'waitlisted', now), promotionId: p._id },
    },
    history: [{ status: 'waitlisted', at: now, by }],
    events: [candidateEvent(CandidateWaitlisted, { candidateId: c._id, territoryId: c.territoryId, promotionId: p._id, position }, c)],
  });
}

async function refer(deps: CandidatesDeps, actor: Actor, c: Candidate, input: DecisionRequest): Promise<Candidate> {
  const partnerId = input.partnerId as string;
  const reason = input.reason as string;
  await assertPartnerExists(deps.partners, c.territoryId, partnerId);
  const now = new Date();
  const by = actor.principal.subject;
  const referralId = randomUUID();
  return commit(deps.candidates, actor, c, {
    set: { status: 'referred', decision: { ...decisionBase(actor, c, 'referred', now), partnerId, referralId, reason } },
    unset: ['promotionId', 'waitlistPosition', 'waitlistedAt'],
    history: [{ status: 'referred', at: now, by }],
    events: [candidateEvent(CandidateReferred, { candidateId: c._id, territoryId: c.territoryId, referralId, partnerId, reason }, c)],
  });
}
