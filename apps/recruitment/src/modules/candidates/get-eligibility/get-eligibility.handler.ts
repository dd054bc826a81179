import type { Principal } from '@binome/auth';
import { loadActive } from '../candidate-writes';
import type { CandidatesDeps } from '../candidates.deps';
import { evaluateEligibility } from '../eligibility';

/** The eligibility as it would be judged now, each criterion explained. */
export async function getEligibility(deps: CandidatesDeps, principal: Principal, id: string) {
  const c = await loadActive(deps.candidates, principal, id);
  return { candidateId: c._id, status: c.status, ...evaluateEligibility(c) };
}
