import type { Router } from 'express';
import { authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { PromotionIdParams } from '../../promotions/promotion.request';
import { waitlistEntryOf } from '../decision/decision.handler';
import type { IntakeDeps } from '../intake.shared';
import { orderWaitlist } from '../waitlist';

/** A promotion's waitlist in the order seats are offered (`rank` 1 is next). */
export function waitlistViewRoutes(router: Router, deps: IntakeDeps): void {
  router.get('/v1/promotions/:id/waitlist', authorize('candidates', 'read', { serves: TERRITORY_REACHES }), validate({ params: PromotionIdParams }), async (_req, res) => {
    const { params } = inputOf<unknown, unknown, { id: string }>(res);
    const promotion = await deps.promotions.findById(principalOf(res).scope, params.id);
    if (!promotion) throw notFound('Promotion');
    const waiting = await deps.candidates.waitlisted(promotion.territoryId, promotion._id);
    const byId = new Map(waiting.map((c) => [c._id, c]));
    const ordered = orderWaitlist(waiting.map(waitlistEntryOf));
    res.json({
      promotionId: promotion._id,
      capacity: promotion.capacity,
      admitted: await deps.candidates.countAdmitted(promotion.territoryId, promotion._id),
      waitlist: ordered.map((e, i) => {
        const c = byId.get(e.candidateId);
        return { rank: i + 1, candidateId: e.candidateId, position: e.position, waitlistedAt: e.waitlistedAt, firstName: c?.identity.firstName, lastName: c?.identity.lastName };
      }),
    });
  });
}
