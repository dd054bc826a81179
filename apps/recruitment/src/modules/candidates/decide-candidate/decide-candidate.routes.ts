import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { CandidateIdParams } from '../candidates.request';
import type { CandidatesDeps } from '../candidates.deps';
import { decide } from './decide-candidate.handler';
import { DecisionRequest } from './decide-candidate.request';

export function decideCandidateRoutes(router: Router, deps: CandidatesDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/candidates/:id/decision',
      operationId: 'decideCandidate',
      summary: "Décision : confirmé, liste d'attente ou orienté (étape 4)",
      summaryEn: 'Decision: admitted, waitlisted or referred (step 4)',
      tags: ['recrutement'],
      access: authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
      request: { params: CandidateIdParams, body: DecisionRequest },
      responses: {
        200: { description: 'Le candidat / the candidate' },
        409: { description: "Étape hors d'ordre ou candidat effacé / step out of order or candidate erased" },
      },
    },
    async ({ params, body }, { principal }) => decide(deps, { principal }, params.id, body),
  );
}
