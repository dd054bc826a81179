import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { FeedbackDeps } from '../feedback.deps';

/**
 * Staff see how useful a workshop is judged, beside the partners who already offer it here: a
 * low rating and a long partner list together say it repeats what others do.
 */
export async function getWorkshopFeedback(d: FeedbackDeps, principal: Principal, workshopId: string) {
  const w = await d.workshops.findById(principal.scope, workshopId);
  if (!w) throw notFound('Workshop');
  const all = await d.feedback.ofWorkshop(w.territoryId, w._id);
  const average = all.length ? Math.round((all.reduce((s, f) => s + f.usefulness, 0) / all.length) * 100) / 100 : null;
  const distribution = [1, 2, 3, 4, 5].map((u) => all.filter((f) => f.usefulness === u).length);
  return {
    workshopId: w._id,
    count: all.length,
    averageUsefulness: average,
    distribution,
    offeredByPartners: w.offeredByPartners,
    items: all.map((f) => ({
      id: f._id,
      sessionId: f.sessionId,
      usefulness: f.usefulness,
      ...(f.comment ? { comment: f.comment } : {}),
      anonymous: f.anonymous,
      ...(f.personId ? { personId: f.personId } : {}),
      givenOn: f.givenOn,
    })),
  };
}
