import { intakeLifecycle, type Candidate } from '../candidate.entity';
import { CandidateInterviewed, candidateEvent } from '../candidate.events';
import { commit, loadActive } from '../candidate-writes';
import type { Actor, CandidatesDeps } from '../candidates.deps';
import type { InterviewRequest } from './interview-candidate.request';

/** Records the interview: assessed oral French, need, motivation, project maturity, workshop needs. */
export async function interviewCandidate(deps: CandidatesDeps, actor: Actor, id: string, input: InterviewRequest): Promise<Candidate> {
  const c = await loadActive(deps.candidates, actor.principal, id);
  intakeLifecycle.assert(c.status, 'interviewed');
  const now = new Date();
  const by = actor.principal.subject;
  return commit(deps.candidates, actor, c, {
    set: { status: 'interviewed', interview: { ...input, at: now, by } },
    history: [{ status: 'interviewed', at: now, by, action: 'interview', ...(input.notes ? { note: input.notes } : {}) }],
    events: [
      candidateEvent(
        CandidateInterviewed,
        {
          candidateId: c._id,
          territoryId: c.territoryId,
          assessedFrenchLevel: input.assessedFrenchLevel,
          workshopNeeds: input.workshopNeeds,
        },
        c,
      ),
    ],
  });
}
