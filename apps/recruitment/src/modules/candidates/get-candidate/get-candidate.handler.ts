import type { Principal } from '@binome/auth';
import type { Candidate } from '../candidate.entity';
import type { CandidateRepository } from '../candidate.repository';

/** A candidate visible to the principal; another territory's candidate is simply not found. */
export async function getCandidate(repository: CandidateRepository, principal: Principal, id: string): Promise<Candidate | null> {
  return repository.findById(principal.scope, id);
}
