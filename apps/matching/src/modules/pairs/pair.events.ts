import { matchingEvents } from '@binome/contracts';
import { EVENTS, createEnvelope, TOPICS, type EventType } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { DissolutionReason, Pair } from './pair.entity';

export const { PairProposed, PairWithdrawn, PairConfirmed, PairActivated, PairDissolved, PairCompleted, KonnecteurAssigned } = EVENTS;

export const DISSOLUTION_REASON_CODES: Record<DissolutionReason, matchingEvents.PairDissolutionReason> = {
  'beneficiary-withdrew': matchingEvents.PairDissolutionReason.PAIR_DISSOLUTION_REASON_BENEFICIARY_WITHDREW,
  'volunteer-withdrew': matchingEvents.PairDissolutionReason.PAIR_DISSOLUTION_REASON_VOLUNTEER_WITHDREW,
  incompatibility: matchingEvents.PairDissolutionReason.PAIR_DISSOLUTION_REASON_INCOMPATIBILITY,
  'non-attendance': matchingEvents.PairDissolutionReason.PAIR_DISSOLUTION_REASON_NON_ATTENDANCE,
  other: matchingEvents.PairDissolutionReason.PAIR_DISSOLUTION_REASON_OTHER,
};

/** Ids only: no names, places or notes ever leave the service in an event. */
export function pairIds(p: Pick<Pair, '_id' | 'territoryId' | 'promotionId' | 'beneficiaryId' | 'volunteerId'>) {
  return {
    pairId: p._id,
    territoryId: p.territoryId,
    promotionId: p.promotionId,
    beneficiaryId: p.beneficiaryId,
    volunteerId: p.volunteerId,
  };
}

/** The outbox entry of a pair event, keyed by pair id (events of one pair stay in order). */
export function pairEvent<T>(type: EventType<T>, pair: Pick<Pair, '_id' | 'territoryId'>, payload: T): OutboxEntry {
  return outboxEntry(
    TOPICS.matching,
    createEnvelope({ type, payload, territoryId: pair.territoryId, aggregateType: 'pair', aggregateId: pair._id, source: 'matching' }),
  );
}
