import type { Router } from 'express';
import { principalOf, requireRole } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { CandidateIdParams } from '../intake.request';
import type { IntakeDeps } from '../intake.shared';
import { closeCandidate } from './close.handler';
import { CloseRequest } from './close.request';

/** Answers the candidate plus `nextOnWaitlist` (who can take the freed seat, or null). */
export function closeRoutes(router: Router, deps: IntakeDeps): void {
  router.post(
    '/v1/candidates/:id/close',
    requireRole('hq-admin', 'territory-manager'),
    validate({ params: CandidateIdParams, body: CloseRequest }),
    async (req, res) => {
      const { params, body } = inputOf<CloseRequest, unknown, CandidateIdParams>(res);
      const { candidate, nextOnWaitlist } = await closeCandidate(deps, { principal: principalOf(res), correlationId: String(req.id ?? '') }, params.id, body);
      deps.onWrite();
      res.json({ ...candidate, nextOnWaitlist });
    },
  );
}
