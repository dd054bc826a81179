import type { Permission, Principal } from '@binome/auth';
import { pagingOf } from '@binome/http-server';
import { mayQueryAllFields, pagingOnly } from '@binome/access';
import { CANDIDATE_SORT_PATHS, searchCandidates, type ListCandidatesQuery } from '../candidate-search';
import type { CandidateReadDeps } from '../candidates.deps';
import { candidateReadReach, presentCandidates } from '../get-candidate/get-candidate.handler';

/** A page of the candidates within the principal's reach, each in the view its reach gives. */
export async function listCandidates(deps: CandidateReadDeps, principal: Principal, permission: Permission, query: ListCandidatesQuery) {
  const reach = await candidateReadReach(deps, principal, permission);
  if (!reach) return { items: [], total: 0 };
  // Self and pair views: paging and ids only, so that no filter or sort reveals a field the view hides.
  const { items, total } = mayQueryAllFields(reach)
    ? await searchCandidates(deps.candidates, reach.scope, query, pagingOf(query, { appliedAt: -1 }, CANDIDATE_SORT_PATHS), reach.filter)
    : await searchCandidates(deps.candidates, reach.scope, { id: query.id }, pagingOf(pagingOnly(query), { appliedAt: -1 }), reach.filter);
  return { items: await presentCandidates(deps, principal, reach, items), total };
}
