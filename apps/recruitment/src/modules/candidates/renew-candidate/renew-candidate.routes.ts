import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { CandidateIdParams } from '../candidates.request';
import type { CandidatesDeps } from '../candidates.deps';
import { renewCandidate } from './renew-candidate.handler';
import { RenewalRequest } from './renew-candidate.request';

export function renewCandidateRoutes(router: Router, deps: CandidatesDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/candidates/:id/renewal',
      operationId: 'renewCandidate',
      summary: 'Renouveler le parcours (une fois)',
      summaryEn: 'Renew the programme (once)',
      tags: ['recrutement'],
      access: authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
      request: { params: CandidateIdParams, body: RenewalRequest },
      responses: {
        200: { description: 'Le candidat / the candidate' },
        409: { description: "Étape hors d'ordre ou candidat effacé / step out of order or candidate erased" },
      },
    },
    async ({ params, body }, { principal }) => renewCandidate(deps, { principal }, params.id, body),
  );
}
