import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { CandidateReadDeps } from '../candidates.deps';
import { ListCandidatesQuery } from '../candidate-search';
import { listCandidates } from './list-candidates.handler';

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
    async ({ query }, { principal, permission }) => listCandidates(deps, principal, permission, query),
  );
}
