import type { Router } from 'express';
import { authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { CandidateIdParams } from '../intake.request';
import type { IntakeDeps } from '../intake.shared';
import { renewCandidate } from './renewal.handler';
import { RenewalRequest } from './renewal.request';

export function renewalRoutes(router: Router, deps: IntakeDeps): void {
  router.post(
    '/v1/candidates/:id/renewal',
    authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
    validate({ params: CandidateIdParams, body: RenewalRequest }),
    async (req, res) => {
      const { params, body } = inputOf<RenewalRequest, unknown, CandidateIdParams>(res);
      const candidate = await renewCandidate(deps, { principal: principalOf(res), correlationId: String(req.id ?? '') }, params.id, body);
      deps.onWrite();
      res.json(candidate);
    },
  );
}
