import type { Router } from 'express';
import { z } from 'zod';
import { principalOf, requireRole } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { CANDIDATE_STATUSES } from '../candidate.entity';
import type { CandidateRepository } from '../candidate.repository';

const Query = z
  .object({
    status: z.enum(CANDIDATE_STATUSES).optional(),
    territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
    page: z.coerce.number().int().min(1).default(1),
    perPage: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/** Paginated list in react-admin's convention: items in the body, total in X-Total-Count. */
export function listCandidatesRoutes(router: Router, repository: CandidateRepository): void {
  router.get('/v1/candidates', requireRole('hq-admin', 'territory-manager'), validate({ query: Query }), async (_req, res) => {
    const { query } = inputOf<unknown, z.infer<typeof Query>>(res);
    const { items, total } = await repository.list(principalOf(res).scope, query);
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(items);
  });
}
