import type { Router } from 'express';
import { authorize, permissionOf, principalOf } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { CandidateIdParams } from '../intake.request';
import type { IntakeDeps } from '../intake.shared';
import { candidateReach } from '../candidate.reach';
import { closeCandidate } from './close.handler';
import { CloseRequest } from './close.request';

/**
 * Answers the candidate plus `nextOnWaitlist` (who can take the freed seat, or null). Staff close any
 * candidate of their territories; a beneficiary (`self`) withdraws their own application only.
 */
export function closeRoutes(router: Router, deps: IntakeDeps): void {
  router.post(
    '/v1/candidates/:id/close',
    authorize('candidates', 'write', { serves: ['all-territories', 'own-territory', 'self'] }),
    validate({ params: CandidateIdParams, body: CloseRequest }),
    async (req, res) => {
      const { params, body } = inputOf<CloseRequest, unknown, CandidateIdParams>(res);
      const reach = candidateReach(principalOf(res), permissionOf(res));
      if (!reach || !(await deps.candidates.findById(reach.scope, params.id, reach.filter))) throw notFound('Candidate');
      const { candidate, nextOnWaitlist } = await closeCandidate(deps, { principal: principalOf(res), correlationId: String(req.id ?? '') }, params.id, body);
      deps.onWrite();
      res.json({ ...candidate, nextOnWaitlist });
    },
  );
}
