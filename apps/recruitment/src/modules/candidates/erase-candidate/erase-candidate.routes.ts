import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { NoBody, route } from '@binome/http-server';
import { CandidateIdParams } from '../candidates.request';
import type { CandidatesDeps } from '../candidates.deps';
import { eraseCandidate } from './erase-candidate.handler';

export function eraseCandidateRoutes(router: Router, deps: CandidatesDeps): void {
  route(
    router,
    {
      method: 'delete',
      path: '/v1/candidates/:id',
      operationId: 'eraseCandidate',
      summary: 'Effacer un candidat (RGPD)',
      summaryEn: 'Erase a candidate (GDPR)',
      tags: ['recrutement'],
      access: authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
      request: { params: CandidateIdParams, body: NoBody },
      responses: { 204: { description: 'Effacé / erased' } },
    },
    async ({ params }, { principal }) => {
      await eraseCandidate(deps, { principal }, params.id);
    },
  );
}
