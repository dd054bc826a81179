import { EVENTS, createEnvelope } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { Outcome } from './outcome.entity';

export const { OutcomeRecorded } = EVENTS;

/** Kind and date only: the evidence never leaves impact. */
export function outcomeRecorded(topic: string, o: Outcome): OutboxEntry {
  return outboxEntry(
    topic,
    createEnvelope({
      type: OutcomeRecorded,
      payload: {
        outcomeId: o._id,
        territoryId: o.territoryId,
        promotionId: o.promotionId,
        pairId: o.pairId,
        beneficiaryId: o.beneficiaryId,
        kind: o.kind,
        startedOn: o.startedOn,
        evidenceProvided: o.evidenceProvided,
        recordedAt: o.recordedAt,
      },
      territoryId: o.territoryId,
      aggregateType: 'pair',
      aggregateId: o.pairId,
      source: 'impact',
    }),
  );
}
