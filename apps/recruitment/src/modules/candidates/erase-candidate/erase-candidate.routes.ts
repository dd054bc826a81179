import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { CandidateIdParams } from '../candidates.request';
import type { CandidatesDeps } from '../candidates.deps';
import { eraseCandidate } from './erase-candidate.handler';

/** Body-less: a body with any field is refused rather than silently ignored. */
const NoBody = z.object({}).strict();

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
