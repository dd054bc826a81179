import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { CandidateIdParams } from '../candidates.request';
import type { CandidatesDeps } from '../candidates.deps';
import { screenCandidate } from './screen-candidate.handler';
import { ScreeningRequest } from './screen-candidate.request';

export function screenCandidateRoutes(router: Router, deps: CandidatesDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/candidates/:id/screening',
      operationId: 'screenCandidate',
      summary: 'Pré-sélection téléphonique (étape 2)',
      summaryEn: 'Phone pre-selection (step 2)',
      tags: ['recrutement'],
      access: authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
      request: { params: CandidateIdParams, body: ScreeningRequest },
      responses: {
        200: { description: 'Le candidat / the candidate' },
        409: { description: "Étape hors d'ordre ou candidat effacé / step out of order or candidate erased" },
      },
    },
    async ({ params, body }, { principal }) => screenCandidate(deps, { principal }, params.id, body),
  );
}
