import type { Router } from 'express';
import { z } from 'zod';
import { authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { validate, inputOf } from '@binome/http-server';
import { CandidateIdParams } from '../intake.request';
import type { IntakeDeps } from '../intake.shared';
import { eraseCandidate } from './erase.handler';

/** Body-less: a body with any field is refused rather than silently ignored. */
const NoBody = z.object({}).strict();

export function eraseRoutes(router: Router, deps: IntakeDeps): void {
  router.delete(
    '/v1/candidates/:id',
    authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
    validate({ params: CandidateIdParams, body: NoBody }),
    async (req, res) => {
      const { params } = inputOf<unknown, unknown, CandidateIdParams>(res);
      await eraseCandidate(deps, { principal: principalOf(res), correlationId: String(req.id ?? '') }, params.id);
      deps.onWrite();
      res.status(204).end();
    },
  );
}
