import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { notFound } from '@binome/errors';
import { route } from '@binome/http-server';
import type { CandidateReadDeps } from '../candidates.deps';
import { getCandidate } from './get-candidate.handler';

const Params = z.object({ id: z.string().uuid() });

export function getCandidateRoutes(router: Router, deps: CandidateReadDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/candidates/:id',
      operationId: 'getCandidate',
      summary: 'Lire un candidat',
      summaryEn: 'Read a candidate',
      description:
        'La vue dépend de la portée : personnel (complète), la personne (la sienne), binôme (minimale) / the view depends on the reach: staff (full), the person (self), pair (minimal).',
      tags: ['recrutement'],
      access: authorize('candidates', 'read'),
      request: { params: Params },
      responses: { 200: { description: 'Le candidat / the candidate' } },
    },
    async ({ params }, { principal, permission }) => {
      const candidate = await getCandidate(deps, principal, permission, params.id);
      if (!candidate) throw notFound('Candidate');
      return candidate;
    },
  );
}
