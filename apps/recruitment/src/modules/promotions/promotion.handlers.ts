import { randomUUID } from 'node:crypto';
import { assertTerritory, type Principal } from '@binome/auth';
import { conflict, notFound } from '@binome/errors';
import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry } from '@binome/outbox';
import { promotionLifecycle, type Promotion, type PromotionStatus } from './promotion.entity';
import { PromotionPlanned, PromotionStatusChanged } from './promotion.events';
import type { PromotionRepository } from './promotion.repository';
import type { PlanPromotionRequest } from './promotion.request';

export async function planPromotion(repository: PromotionRepository, principal: Principal, input: PlanPromotionRequest): Promise<Promotion> {
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

export async function transitionPromotion(repository: PromotionRepository, principal: Principal, id: string, to: PromotionStatus): Promise<Promotion> {
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
  const moved = await repository.transition(principal.scope, id, current.status, to, principal.subject, outboxEntry(TOPICS.recruitment, event));
  if (!moved) throw conflict('The promotion changed meanwhile; reload and try again');
  return { ...current, status: to };
}
