import type { Router } from 'express';
import { authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { CandidateIdParams } from '../intake.request';
import type { IntakeDeps } from '../intake.shared';
import { decide } from './decision.handler';
import { DecisionRequest } from './decision.request';

export function decisionRoutes(router: Router, deps: IntakeDeps): void {
  router.post(
    '/v1/candidates/:id/decision',
    authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
    validate({ params: CandidateIdParams, body: DecisionRequest }),
    async (req, res) => {
      const { params, body } = inputOf<DecisionRequest, unknown, CandidateIdParams>(res);
      const candidate = await decide(deps, { principal: principalOf(res), correlationId: String(req.id ?? '') }, params.id, body);
      deps.onWrite();
      res.json(candidate);
    },
  );
}
