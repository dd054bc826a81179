import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { CandidateIdParams } from '../candidates.request';
import { getEligibility } from './get-eligibility.handler';
import type { CandidatesDeps } from '../candidates.deps';

/** The eligibility as it would be judged now, each criterion explained. */
export function getEligibilityRoutes(router: Router, deps: CandidatesDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/candidates/:id/eligibility',
      operationId: 'getEligibility',
      summary: "Critères d'éligibilité d'un candidat",
      summaryEn: "A candidate's eligibility criteria",
      tags: ['recrutement'],
      access: authorize('candidates', 'read', { serves: TERRITORY_REACHES }),
      request: { params: CandidateIdParams },
      responses: { 200: { description: 'Chaque critère expliqué / each criterion explained' } },
    },
    async ({ params }, { principal }) => getEligibility(deps, principal, params.id),
  );
}
