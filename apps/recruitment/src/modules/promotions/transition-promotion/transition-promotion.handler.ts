import type { Principal } from '@binome/auth';
import { conflict, notFound } from '@binome/errors';
import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry } from '@binome/outbox';
import { promotionLifecycle, type Promotion, type PromotionStatus } from '../promotion.entity';
import { PromotionStatusChanged } from '../promotion.events';
import type { PromotionRepository } from '../promotion.repository';

/** Moves a promotion along its lifecycle (compare-and-set on the status) with `PromotionStatusChanged`. */
export async function transitionPromotion(
  repository: PromotionRepository,
  principal: Principal,
  id: string,
  to: PromotionStatus,
): Promise<Promotion> {
  const current = await repository.findById(principal.scope, id);
  if (!current) throw notFound('Promotion');
  promotionLifecycle.assert(current.status, to);
  const event = createEnvelope({
    type: PromotionStatusChanged,
    payload: { promotionId: id, territoryId: current.territoryId, status: to, previousStatus: current.status },
    territoryId: current.territoryId,
    aggregateType: 'promotion',
    aggregateId: id,
    source: 'recruitment',
  });
  const moved = await repository.transition(
    principal.scope,
    id,
    current.status,
    to,
    principal.subject,
    outboxEntry(TOPICS.recruitment, event),
  );
  if (!moved) throw conflict('The promotion changed meanwhile; reload and try again');
  return { ...current, status: to };
}
