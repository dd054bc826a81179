import type { Router } from 'express';
import { authorize, permissionOf, principalOf } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { pagingOf } from '../../shared/list-query';
import { mayQueryAllFields, pagingOnly } from '@binome/access';
import { candidateReadReach, presentCandidates, type CandidateReadDeps } from '../get-candidate/get-candidate.handler';
import { CANDIDATE_SORT_PATHS, ListCandidatesQuery, searchCandidates } from './candidate-search';

/**
 * Paginated list in react-admin's convention: items in the body, total in X-Total-Count. Filters:
 * status, territoryId, promotionId, sector (target sector), language, partner (referring partner);
 * paging with page/perPage/sort/order or _start/_end/_sort/_order. Each item in the view its reach
 * gives (staff: full; the person: self view; a pair's mentor or Konnecteur: pair view).
 */
export function listCandidatesRoutes(router: Router, deps: CandidateReadDeps): void {
  router.get('/v1/candidates', authorize('candidates', 'read'), validate({ query: ListCandidatesQuery }), async (_req, res) => {
    const query = inputOf<unknown, ListCandidatesQuery>(res).query;
    const principal = principalOf(res);
    const reach = await candidateReadReach(deps, principal, permissionOf(res));
    // Self and pair views: paging only, so that no filter or sort reveals a field the view hides.
    const full = reach ? mayQueryAllFields(reach) : false;
    const { items, total } = reach
      ? full
        ? await searchCandidates(deps.candidates, reach.scope, query, pagingOf(query, { appliedAt: -1 }, CANDIDATE_SORT_PATHS), reach.filter)
        : await searchCandidates(deps.candidates, reach.scope, {}, pagingOf(pagingOnly(query), { appliedAt: -1 }), reach.filter)
      : { items: [], total: 0 };
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(reach ? await presentCandidates(deps, principal, reach, items) : []);
  });
}
