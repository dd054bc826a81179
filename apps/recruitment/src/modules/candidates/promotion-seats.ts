import { AppError, conflict } from '@binome/errors';
import { territory } from '@binome/persistence';
import type { Promotion } from '../promotions/promotion.entity';
import type { PromotionRepository } from '../promotions/promotion.repository';
import type { CandidateRepository } from './candidate.repository';

/** Promotions a person can be admitted to or waitlisted for. */
export const OPEN_PROMOTION_STATUSES: readonly Promotion['status'][] = ['recruiting', 'running'];

/** A promotion of the candidate's own territory that takes people in; 404 / 409 otherwise. */
export async function loadOpenPromotion(promotions: PromotionRepository, territoryId: string, promotionId: string): Promise<Promotion> {
  const p = await promotions.findById(territory(territoryId), promotionId);
  if (!p)
    throw new AppError('not_found', `Promotion not found in territory ${territoryId}`, {
      fields: [{ field: 'body.promotionId', message: "no such promotion in the candidate's territory" }],
    });
  if (!OPEN_PROMOTION_STATUSES.includes(p.status)) {
    throw conflict(`Promotion "${p.name}" is ${p.status}; people join a promotion that is recruiting or running`);
  }
  return p;
}

/** Throws 409 when the promotion has no free seat, suggesting the waitlist. */
export async function assertSeatFree(candidates: CandidateRepository, p: Promotion): Promise<void> {
  const taken = await candidates.countAdmitted(p.territoryId, p._id);
  if (taken >= p.capacity) {
    throw conflict(`Promotion "${p.name}" is full (${taken}/${p.capacity} admitted); waitlist the person instead (outcome "waitlisted")`);
  }
}
