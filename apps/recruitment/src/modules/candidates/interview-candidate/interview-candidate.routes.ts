import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { CandidateIdParams } from '../candidates.request';
import type { CandidatesDeps } from '../candidates.deps';
import { interviewCandidate } from './interview-candidate.handler';
import { InterviewRequest } from './interview-candidate.request';

export function interviewCandidateRoutes(router: Router, deps: CandidatesDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/candidates/:id/interview',
      operationId: 'interviewCandidate',
      summary: 'Entretien (étape 3)',
      summaryEn: 'Interview (step 3)',
      tags: ['recrutement'],
      access: authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
      request: { params: CandidateIdParams, body: InterviewRequest },
      responses: {
        200: { description: 'Le candidat / the candidate' },
        409: { description: "Étape hors d'ordre ou candidat effacé / step out of order or candidate erased" },
      },
    },
    async ({ params, body }, { principal }) => interviewCandidate(deps, { principal }, params.id, body),
  );
}
