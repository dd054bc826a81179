import { randomUUID } from 'node:crypto';
import { assertTerritory, type Principal } from '@binome/auth';
import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry } from '@binome/outbox';
import type { Promotion } from '../promotion.entity';
import { PromotionPlanned } from '../promotion.events';
import type { PromotionRepository } from '../promotion.repository';
import type { PlanPromotionRequest } from './plan-promotion.request';

/** Plans a promotion of the principal's territory and, in the same write, `PromotionPlanned`. */
export async function planPromotion(
  repository: PromotionRepository,
  principal: Principal,
  input: PlanPromotionRequest,
): Promise<Promotion> {
  assertTerritory(principal, input.territoryId);
  const now = new Date();
  const promotion: Promotion = {
    _id: randomUUID(),
    territoryId: input.territoryId,
    name: input.name,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    capacity: input.capacity,
    status: 'planned',
    ...(input.kickoffOn ? { kickoffOn: input.kickoffOn } : {}),
    ...(input.rexEveningOn ? { rexEveningOn: input.rexEveningOn } : {}),
    history: [{ status: 'planned', at: now, by: principal.subject }],
    createdAt: now,
  };
  const event = createEnvelope({
    type: PromotionPlanned,
    payload: {
      promotionId: promotion._id,
      territoryId: promotion.territoryId,
      name: promotion.name,
      startsOn: promotion.startsOn,
      endsOn: promotion.endsOn,
      capacity: promotion.capacity,
    },
    territoryId: promotion.territoryId,
    aggregateType: 'promotion',
    aggregateId: promotion._id,
    source: 'recruitment',
  });
  await repository.insert(promotion, [outboxEntry(TOPICS.recruitment, event)]);
  return promotion;
}
