import type { Router } from 'express';
import { z } from 'zod';
import { authorize, permissionOf, principalOf } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { getCandidate, type CandidateReadDeps } from './get-candidate.handler';

const Params = z.object({ id: z.string().uuid() });

export function getCandidateRoutes(router: Router, deps: CandidateReadDeps): void {
  router.get('/v1/candidates/:id', authorize('candidates', 'read'), validate({ params: Params }), async (_req, res) => {
    const { params } = inputOf<unknown, unknown, z.infer<typeof Params>>(res);
    const candidate = await getCandidate(deps, principalOf(res), permissionOf(res), params.id);
    if (!candidate) throw notFound('Candidate');
    res.json(candidate);
  });
}
