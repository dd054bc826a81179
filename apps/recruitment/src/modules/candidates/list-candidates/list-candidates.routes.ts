import type { Router } from 'express';
import { authorize, permissionOf, principalOf } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { pagingOf } from '../../shared/list-query';
import { candidateReach } from '../candidate.reach';
import type { CandidateRepository } from '../candidate.repository';
import { CANDIDATE_SORT_PATHS, ListCandidatesQuery, searchCandidates } from './candidate-search';

/**
 * Paginated list in react-admin's convention: items in the body, total in X-Total-Count. Filters:
 * status, territoryId, promotionId, sector (target sector), language, partner (referring partner);
 * paging with page/perPage/sort/order or _start/_end/_sort/_order.
 */
export function listCandidatesRoutes(router: Router, repository: CandidateRepository): void {
  router.get('/v1/candidates', authorize('candidates', 'read'), validate({ query: ListCandidatesQuery }), async (_req, res) => {
    const query = inputOf<unknown, ListCandidatesQuery>(res).query;
    const reach = candidateReach(principalOf(res), permissionOf(res));
    const { items, total } = reach
      ? await searchCandidates(repository, reach.scope, query, pagingOf(query, { appliedAt: -1 }, CANDIDATE_SORT_PATHS), reach.filter)
      : { items: [], total: 0 };
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(items);
  });
}
