import type { Router } from 'express';
import { authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { CandidateIdParams } from '../intake.request';
import type { IntakeDeps } from '../intake.shared';
import { screenCandidate } from './screening.handler';
import { ScreeningRequest } from './screening.request';

export function screeningRoutes(router: Router, deps: IntakeDeps): void {
  router.post(
    '/v1/candidates/:id/screening',
    authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
    validate({ params: CandidateIdParams, body: ScreeningRequest }),
    async (req, res) => {
      const { params, body } = inputOf<ScreeningRequest, unknown, CandidateIdParams>(res);
      const candidate = await screenCandidate(deps, { principal: principalOf(res), correlationId: String(req.id ?? '') }, params.id, body);
      deps.onWrite();
      res.json(candidate);
    },
  );
}
