import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { CandidatesDeps } from '../candidates.deps';
import { orderWaitlist, waitlistEntryOf } from '../waitlist';

/** A promotion's waitlist in the order seats are offered (`rank` 1 is next), with its capacity and admissions. */
export async function getWaitlist(deps: CandidatesDeps, principal: Principal, promotionId: string) {
  const promotion = await deps.promotions.findById(principal.scope, promotionId);
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
      return {
        rank: i + 1,
        candidateId: e.candidateId,
        position: e.position,
        waitlistedAt: e.waitlistedAt,
        firstName: c?.identity.firstName,
        lastName: c?.identity.lastName,
      };
    }),
  };
}
