import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { notFound } from '@binome/errors';
import { route } from '@binome/http-server';
import { PromotionIdParams } from '../../promotions/promotions.request';
import { waitlistEntryOf } from '../decision/decision.handler';
import type { CandidatesDeps } from '../candidates.deps';
import { orderWaitlist } from '../waitlist';

/** A promotion's waitlist in the order seats are offered (`rank` 1 is next). */
export function waitlistViewRoutes(router: Router, deps: CandidatesDeps): void {
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
    async ({ params }, { principal }) => {
      const promotion = await deps.promotions.findById(principal.scope, params.id);
      if (!promotion) throw notFound('Promotion');
      const waiting = await deps.candidates.waitlisted(promotion.territoryId, promotion._id);
      const byId = new Map(waiting.map((c) => [c._id, c]));
      const ordered = orderWaitlist(waiting.map(waitlistEntryOf));
      return {
        promotionId: promotion._id,
        capacity: promotion.capacity,
        admitted: await deps.candidates.countAdmitted(promotion.territoryId, promotion._id),
        waitlist: ordered.map((e, i) => {
          const c = byId.get(e.candidateId);
          return { rank: i + 1, candidateId: e.candidateId, position: e.position, waitlistedAt: e.waitlistedAt, firstName: c?.identity.firstName, lastName: c?.identity.lastName };
        }),
      };
    },
  );
}
