import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { pagingOf, route } from '@binome/http-server';
import { mayQueryAllFields, pagingOnly } from '@binome/access';
import type { CandidateReadDeps } from '../candidates.deps';
import { candidateReadReach, presentCandidates } from '../get-candidate/get-candidate.handler';
import { CANDIDATE_SORT_PATHS, ListCandidatesQuery, searchCandidates } from '../candidate-search';

/**
 * Paginated list in react-admin's convention: items in the body, total in X-Total-Count. Filters:
 * status, territoryId, promotionId, sector (target sector), language, partner (referring partner),
 * `q` (a prefix of the first or last name), `id` (getMany); paging with page/perPage/sort/order or
 * _start/_end/_sort/_order. Each item in the view its reach gives (staff: full; the person: self
 * view; a pair's mentor or Konnecteur: pair view).
 */
export function listCandidatesRoutes(router: Router, deps: CandidateReadDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/candidates',
      operationId: 'listCandidates',
      summary: 'Lister les candidats du territoire',
      summaryEn: "List the territory's candidates",
      tags: ['recrutement'],
      access: authorize('candidates', 'read'),
      request: { query: ListCandidatesQuery },
      responses: { 200: { description: 'Une page de candidats / a page of candidates' } },
      list: true,
    },
    async ({ query }, { principal, permission }) => {
      const reach = await candidateReadReach(deps, principal, permission);
      if (!reach) return { items: [], total: 0 };
      // Self and pair views: paging and ids only, so that no filter or sort reveals a field the view hides.
      const { items, total } = mayQueryAllFields(reach)
        ? await searchCandidates(deps.candidates, reach.scope, query, pagingOf(query, { appliedAt: -1 }, CANDIDATE_SORT_PATHS), reach.filter)
        : await searchCandidates(deps.candidates, reach.scope, { id: query.id }, pagingOf(pagingOnly(query), { appliedAt: -1 }), reach.filter);
      return { items: await presentCandidates(deps, principal, reach, items), total };
    },
  );
}
