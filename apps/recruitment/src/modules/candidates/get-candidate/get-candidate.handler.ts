import type { Permission, Principal } from '@binome/auth';
import type { Candidate } from '../candidate.entity';
import { candidateReach } from '../candidate.reach';
import type { CandidateRepository } from '../candidate.repository';

/** A candidate within the principal's reach; another territory's, or someone else's, is simply not found. */
export async function getCandidate(repository: CandidateRepository, principal: Principal, permission: Permission, id: string): Promise<Candidate | null> {
  const reach = candidateReach(principal, permission);
  return reach ? repository.findById(reach.scope, id, reach.filter) : null;
}
