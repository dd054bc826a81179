import { intakeLifecycle, type Candidate } from '../candidate.entity';
import { CandidateClosed } from '../candidate.events';
import { waitlistEntryOf } from '../decision/decision.handler';
import { candidateEvent } from '../candidate.events';
import { commit, loadActive } from '../candidate-writes';
import { type Actor, type CandidatesDeps } from '../candidates.deps';
import { headOf } from '../waitlist';
import type { CloseRequest } from './close.request';

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
