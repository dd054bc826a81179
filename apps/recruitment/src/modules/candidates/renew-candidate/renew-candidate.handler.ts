import { conflict } from '@binome/errors';
import { territory } from '@binome/persistence';
import type { Candidate } from '../candidate.entity';
import { CandidateRenewed, candidateEvent } from '../candidate.events';
import { assertSeatFree, loadOpenPromotion } from '../promotion-seats';
import { commit, loadActive } from '../candidate-writes';
import type { Actor, CandidatesDeps } from '../candidates.deps';
import type { RenewalRequest } from './renew-candidate.request';

/** Renews an admitted beneficiary once, for a second six months in a later promotion. */
export async function renewCandidate(deps: CandidatesDeps, actor: Actor, id: string, input: RenewalRequest): Promise<Candidate> {
  const c = await loadActive(deps.candidates, actor.principal, id);
  if (c.status !== 'admitted' || !c.promotionId)
    throw conflict(`Only an admitted beneficiary can be renewed; this candidate is ${c.status}`);
  if (c.renewal)
    throw conflict(`The programme was already renewed once (on ${c.renewal.at.toISOString().slice(0, 10)}); it can be renewed only once`);
  const current = await deps.promotions.findById(territory(c.territoryId), c.promotionId);
  const next = await loadOpenPromotion(deps.promotions, c.territoryId, input.promotionId);
  if (current && next.startsOn <= current.startsOn) {
    throw conflict(
      `A renewal is into a later promotion: "${next.name}" starts on ${next.startsOn}, not after "${current.name}" (${current.startsOn})`,
    );
  }
  await assertSeatFree(deps.candidates, next);
  if (!(await deps.promotions.reserveSeat(c.territoryId, next._id, next.capacity, c._id))) {
    throw conflict(`Promotion "${next.name}" is full (${next.capacity}/${next.capacity} seats taken)`);
  }
  const now = new Date();
  const by = actor.principal.subject;
  const from = c.promotionId;
  let renewed: Candidate;
  try {
    renewed = await commit(deps.candidates, actor, c, {
      set: { promotionId: next._id, renewal: { fromPromotionId: from, promotionId: next._id, at: now, by } },
      history: [{ status: 'admitted', at: now, by, action: 'renewal' }],
      events: [candidateEvent(CandidateRenewed, { candidateId: c._id, territoryId: c.territoryId, promotionId: next._id }, c)],
    });
  } catch (e) {
    await deps.promotions.releaseSeat(c.territoryId, next._id, c._id);
    throw e;
  }
  // The first promotion's seat is free once the person has moved on.
  await deps.promotions.releaseSeat(c.territoryId, from, c._id);
  return renewed;
}
