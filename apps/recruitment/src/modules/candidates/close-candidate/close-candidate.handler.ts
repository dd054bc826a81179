import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { partnerViewOf } from '../../referrals/referral.entity';
import { candidateReach } from '../candidate.reach';
import { candidateSelfViewOf, candidateViewKind } from '../candidate.views';
import { intakeLifecycle, type Candidate } from '../candidate.entity';
import { CandidateClosed, candidateEvent } from '../candidate.events';
import { commit, loadActive } from '../candidate-writes';
import type { Actor, CandidatesDeps } from '../candidates.deps';
import { headOf, waitlistEntryOf } from '../waitlist';
import type { CloseRequest } from './close-candidate.request';

export interface Closed {
  candidate: Candidate;
  /** When an admitted person leaves, the first person on the promotion's waitlist can take the seat. */
  nextOnWaitlist: { candidateId: string; position: number } | null;
}

export async function closeCandidate(deps: CandidatesDeps, actor: Actor, id: string, input: CloseRequest): Promise<Closed> {
  const c = await loadActive(deps.candidates, actor.principal, id);
  intakeLifecycle.assert(c.status, 'closed');
  const now = new Date();
  const by = actor.principal.subject;
  const candidate = await commit(deps.candidates, actor, c, {
    set: { status: 'closed', closure: { reason: input.reason, ...(input.notes ? { notes: input.notes } : {}), at: now, by } },
    unset: ['waitlistPosition', 'waitlistedAt'],
    history: [{ status: 'closed', at: now, by, ...(input.notes ? { note: input.notes } : {}) }],
    events: [candidateEvent(CandidateClosed, { candidateId: c._id, territoryId: c.territoryId, reason: input.reason }, c)],
  });
  let nextOnWaitlist: Closed['nextOnWaitlist'] = null;
  if (c.status === 'admitted' && c.promotionId) {
    await deps.promotions.releaseSeat(c.territoryId, c.promotionId, c._id);
    const head = headOf((await deps.candidates.waitlisted(c.territoryId, c.promotionId)).map(waitlistEntryOf));
    if (head) nextOnWaitlist = { candidateId: head.candidateId, position: head.position };
  }
  return { candidate, nextOnWaitlist };
}

/**
 * The close as the principal makes it: staff close any candidate of their territories and get the
 * candidate plus `nextOnWaitlist`; a beneficiary (`self`) withdraws their own application only and
 * gets their self view back.
 */
export async function closeCandidateAs(
  deps: CandidatesDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  input: CloseRequest,
) {
  const reach = candidateReach(principal, permission);
  if (!reach || !(await deps.candidates.findById(reach.scope, id, reach.filter))) throw notFound('Candidate');
  const { candidate, nextOnWaitlist } = await closeCandidate(deps, { principal }, id, input);
  if (candidateViewKind(principal, reach, candidate) === 'staff') return { ...candidate, nextOnWaitlist };
  // The person's own withdrawal: their self view, not the staff record nor who is next in line.
  const { items } = await deps.referrals.list(
    { kind: 'some', territories: [candidate.territoryId] },
    { candidateId: candidate._id, page: 1, perPage: 50 },
  );
  return candidateSelfViewOf(candidate, { referrals: items.map(partnerViewOf) });
}
