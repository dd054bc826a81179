import type { Router } from 'express';
import { z } from 'zod';
import { apiSchema, reply, route } from '@binome/http-server';
import type { ReferralRepository } from '../../referrals/referral.repository';
import type { CandidateRepository } from '../candidate.repository';
import { applyHandler } from './apply.handler';
import { applyRequest } from './apply.request';

const ApplicationCreated = apiSchema(
  'ApplicationCreated',
  z.object({ id: z.string().uuid(), status: z.literal('applied'), territoryId: z.string() }),
);

/** Public: anyone may apply (the gateway rate-limits this endpoint). */
export function applyRoutes(
  router: Router,
  repository: CandidateRepository,
  territories: readonly string[],
  referrals?: ReferralRepository,
): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/applications',
      operationId: 'apply',
      summary: 'Déposer une candidature (étape 1, public, 5 par minute et par IP)',
      summaryEn: 'Apply (intake step 1, public, 5 per minute per IP)',
      tags: ['recrutement'],
      access: 'public',
      request: { body: applyRequest(territories) },
      responses: {
        201: { description: 'Candidature enregistrée / application recorded', schema: ApplicationCreated },
        429: { description: 'Trop de candidatures depuis cette adresse / too many applications from this address' },
      },
    },
    async ({ body }) => {
      const candidate = await applyHandler(repository, body, referrals);
      return reply({
        status: 201,
        body: { id: candidate._id, status: candidate.status, territoryId: candidate.territoryId },
        location: `/v1/candidates/${candidate._id}`,
      });
    },
  );
}
