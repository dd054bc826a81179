import { intakeLifecycle, type Candidate } from '../candidate.entity';
import { CandidateClosed, CandidateScreened, candidateEvent } from '../candidate.events';
import { commit, loadActive } from '../candidate-writes';
import type { Actor, CandidatesDeps } from '../candidates.deps';
import type { ScreeningRequest } from './screen-candidate.request';

/** Records the phone pre-selection: passed → screened; failed → closed (not retained at screening). */
export async function screenCandidate(deps: CandidatesDeps, actor: Actor, id: string, input: ScreeningRequest): Promise<Candidate> {
  const c = await loadActive(deps.candidates, actor.principal, id);
  // Screening happens once, from `applied` only, whatever its outcome.
  intakeLifecycle.assert(c.status, 'screened');
  const now = new Date();
  const by = actor.principal.subject;
  const passed = input.outcome === 'passed';
  const to = passed ? 'screened' : 'closed';
  intakeLifecycle.assert(c.status, to);
  const screened = candidateEvent(CandidateScreened, { candidateId: c._id, territoryId: c.territoryId, passed }, c);
  const closed = passed
    ? []
    : [candidateEvent(CandidateClosed, { candidateId: c._id, territoryId: c.territoryId, reason: 'not_retained_at_screening' }, c)];
  return commit(deps.candidates, actor, c, {
    set: {
      status: to,
      screening: {
        understoodProgramme: input.understoodProgramme,
        outcome: input.outcome,
        ...(input.notes ? { notes: input.notes } : {}),
        at: now,
        by,
      },
      situation: { housingStable: input.housingStable, resourcesStable: input.resourcesStable, confirmedAt: now },
      ...(passed ? {} : { closure: { reason: 'not_retained_at_screening', at: now, by } }),
    },
    history: [{ status: to, at: now, by, action: 'screening', ...(input.notes ? { note: input.notes } : {}) }],
    events: [screened, ...closed],
  });
}
