import { EVENTS, on, TOPICS, type EventHandler } from '@binome/events';
import type { ApplicationFactsRepository } from './application-fact.repository';

const { CandidateApplied, CandidateErased } = EVENTS;

export const IMPACT_GROUP = 'impact';

/** Impact's view of recruitment: one fact per application; erasure removes it. */
export function applicationEventsConsumer(
  repository: ApplicationFactsRepository,
  group = IMPACT_GROUP,
  topic: string = TOPICS.recruitment,
) {
  const handlers: EventHandler<unknown>[] = [
    on(CandidateApplied, async (e, envelope) => {
      await repository.record({
        _id: e.candidateId,
        territoryId: envelope.territoryId,
        channel: e.channel,
        ...(e.referringPartnerId ? { referringPartnerId: e.referringPartnerId } : {}),
        appliedAt: e.appliedAt ?? envelope.occurredAt ?? new Date(),
        eventId: envelope.id,
      });
    }),
    on(CandidateErased, async (e, envelope) => {
      await repository.erase(envelope.territoryId, e.candidateId);
    }),
  ];
  return { group, topics: [topic], handlers };
}
