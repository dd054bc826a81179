import type { Principal } from '@binome/auth';
import { conflict, notFound } from '@binome/errors';
import { territory } from '@binome/persistence';
import type { Candidate } from './candidate.entity';
import type { CandidateChange, CandidateRepository } from './candidate.repository';
import type { Actor } from './candidates.deps';

/** Loading a candidate to act on, and committing the change (compare-and-set on its revision). */

/** A candidate visible to the principal; another territory's candidate is simply not found. */
export async function loadCandidate(repository: CandidateRepository, principal: Principal, id: string): Promise<Candidate> {
  const c = await repository.findById(principal.scope, id);
  if (!c) throw notFound('Candidate');
  return c;
}

export function assertNotErased(c: Candidate): void {
  if (c.erasedAt) throw conflict("This person's data was erased on their request; no further action is possible");
}

/** A candidate the principal may act on: visible and not erased. */
export async function loadActive(repository: CandidateRepository, principal: Principal, id: string): Promise<Candidate> {
  const c = await loadCandidate(repository, principal, id);
  assertNotErased(c);
  return c;
}

/** Applies a change with compare-and-set on the candidate's revision; returns the stored result. */
export async function commit(repository: CandidateRepository, actor: Actor, c: Candidate, change: CandidateChange): Promise<Candidate> {
  const scope = territory(c.territoryId);
  if (!(await repository.change(scope, c._id, c.revision, change))) {
    throw conflict('The candidate changed meanwhile; reload and try again');
  }
  const stored = await repository.findById(actor.principal.scope, c._id);
  if (!stored) throw notFound('Candidate');
  return stored;
}
