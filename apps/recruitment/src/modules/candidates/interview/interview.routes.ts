import type { Router } from 'express';
import { authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { CandidateIdParams } from '../intake.request';
import type { IntakeDeps } from '../intake.shared';
import { interviewCandidate } from './interview.handler';
import { InterviewRequest } from './interview.request';

export function interviewRoutes(router: Router, deps: IntakeDeps): void {
  router.post(
    '/v1/candidates/:id/interview',
    authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
    validate({ params: CandidateIdParams, body: InterviewRequest }),
    async (req, res) => {
      const { params, body } = inputOf<InterviewRequest, unknown, CandidateIdParams>(res);
      const candidate = await interviewCandidate(deps, { principal: principalOf(res), correlationId: String(req.id ?? '') }, params.id, body);
      deps.onWrite();
      res.json(candidate);
    },
  );
}
