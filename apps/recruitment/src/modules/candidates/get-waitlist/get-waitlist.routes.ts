import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { PromotionIdParams } from '../../promotions/promotions.request';
import type { CandidatesDeps } from '../candidates.deps';
import { getWaitlist } from './get-waitlist.handler';

/** A promotion's waitlist in the order seats are offered (`rank` 1 is next). */
export function getWaitlistRoutes(router: Router, deps: CandidatesDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions/:id/waitlist',
      operationId: 'getWaitlist',
      summary: "Liste d'attente d'une promotion",
      summaryEn: "A promotion's waitlist",
      tags: ['recrutement'],
      access: authorize('candidates', 'read', { serves: TERRITORY_REACHES }),
      request: { params: PromotionIdParams },
      responses: { 200: { description: 'Dans l’ordre où les places sont offertes / in the order seats are offered' } },
    },
    async ({ params }, { principal }) => getWaitlist(deps, principal, params.id),
  );
}
