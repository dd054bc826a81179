import type { Router } from 'express';
import { authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { evaluateEligibility } from '../eligibility';
import { CandidateIdParams } from '../intake.request';
import { loadActive, type IntakeDeps } from '../intake.shared';

/** The eligibility as it would be judged now, each criterion explained. */
export function eligibilityRoutes(router: Router, deps: IntakeDeps): void {
  router.get('/v1/candidates/:id/eligibility', authorize('candidates', 'read', { serves: TERRITORY_REACHES }), validate({ params: CandidateIdParams }), async (_req, res) => {
    const { params } = inputOf<unknown, unknown, CandidateIdParams>(res);
    const c = await loadActive(deps.candidates, principalOf(res), params.id);
    res.json({ candidateId: c._id, status: c.status, ...evaluateEligibility(c) });
  });
}
