import { EVENTS, on, TOPICS, type EventHandler } from '@binome/events';
import type { PairScheduleStatus } from './pair-schedule.entity';
import type { PromotionTermRepository } from '../promotions/promotion-term.repository';
import type { PairFacts, PairScheduleRepository } from './pair-schedule.repository';

const { PairConfirmed, PairActivated, PairDissolved, PairCompleted, KonnecteurAssigned } = EVENTS;

/** Scheduling's consumer group on matching's topic. */
export const PAIRS_GROUP = 'scheduling-pairs';

type PairPayload = { pairId: string; promotionId: string; beneficiaryId: string; volunteerId: string };

/** A payload without its keys is not applied (it goes to the dead-letter topic after the retries). */
function factsOf(e: PairPayload, territoryId: string): PairFacts {
  if (!e.pairId || !territoryId || !e.beneficiaryId || !e.volunteerId)
    throw new Error('pair event without pair, territory or participant ids');
  return { pairId: e.pairId, territoryId, promotionId: e.promotionId, beneficiaryId: e.beneficiaryId, volunteerId: e.volunteerId };
}

export interface PairEndedHandler {
  /** Cancels the pair's future meetings (the cascade of a dissolution or completion). */
  (pair: { pairId: string; territoryId: string }, at: Date): Promise<void>;
}

/**
 * Pairs from matching (`binome.matching.v1`): a confirmed or activated pair gets its schedule
 * record; a dissolved or completed one has its future meetings cancelled. The envelope's territory
 * is authoritative. A new pair takes its promotion's end from the terms seen on recruitment's topic
 * (a promotion planned later sets it then). Idempotent: the projection moves forward only, the
 * cascade cancels what is still planned.
 */
export function pairEventsConsumer(
  repository: PairScheduleRepository,
  terms: Pick<PromotionTermRepository, 'of'>,
  pairEnded: PairEndedHandler,
  group = PAIRS_GROUP,
  topic: string = TOPICS.matching,
) {
  const status = (s: PairScheduleStatus) => async (e: PairPayload, envelope: { territoryId: string; occurredAt?: Date }) => {
    const facts = factsOf(e, envelope.territoryId);
    await repository.record(facts, s, envelope.occurredAt ?? new Date());
    const term = facts.promotionId ? await terms.of(facts.territoryId, facts.promotionId) : null;
    if (term) await repository.setPromotionEnd(facts.territoryId, facts.promotionId, term.endsAt, facts.pairId);
    if (s === 'dissolved' || s === 'completed') await pairEnded(facts, new Date());
  };
  const handlers: EventHandler<unknown>[] = [
    on(PairConfirmed, status('confirmed')),
    on(PairActivated, status('active')),
    on(PairDissolved, status('dissolved')),
    on(PairCompleted, status('completed')),
    on(KonnecteurAssigned, async (e, envelope) => {
      if (!e.pairId || !envelope.territoryId || !e.konnecteurId)
        throw new Error('KonnecteurAssigned without pair, territory or Konnecteur id');
      await repository.assignKonnecteur(e.pairId, envelope.territoryId, e.konnecteurId);
    }),
  ];
  return { group, topics: [topic], handlers };
}
