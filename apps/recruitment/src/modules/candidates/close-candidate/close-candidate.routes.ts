import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { CandidateIdParams } from '../candidates.request';
import type { CandidatesDeps } from '../candidates.deps';
import { closeCandidateAs } from './close-candidate.handler';
import { CloseRequest } from './close-candidate.request';

/**
 * Answers staff the candidate plus `nextOnWaitlist` (who can take the freed seat, or null). Staff close any
 * candidate of their territories; a beneficiary (`self`) withdraws their own application only, and
 * gets their self view back.
 */
export function closeCandidateRoutes(router: Router, deps: CandidatesDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/candidates/:id/close',
      operationId: 'closeCandidate',
      summary: 'Clore le parcours',
      summaryEn: 'Close the journey',
      tags: ['recrutement'],
      access: authorize('candidates', 'write', { serves: ['all-territories', 'own-territory', 'self'] }),
      request: { params: CandidateIdParams, body: CloseRequest },
      responses: {
        200: { description: 'Le candidat et le suivant sur liste d’attente / the candidate and who is next on the waitlist' },
        409: { description: 'Déjà clos ou effacé / already closed or erased' },
      },
    },
    async ({ params, body }, { principal, permission }) => closeCandidateAs(deps, principal, permission, params.id, body),
  );
}
