import { EVENTS, createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { Resource } from './resource.entity';

export const { ResourcePublished } = EVENTS;

/** Ids, version and audiences only: the content stays in the service. Keyed by resource id. */
export function resourcePublished(r: Resource, version: number): OutboxEntry {
  return outboxEntry(
    TOPICS.resources,
    createEnvelope({
      type: ResourcePublished,
      payload: { resourceId: r._id, territoryId: r.territoryId, version, audiences: r.audiences },
      territoryId: r.territoryId,
      aggregateType: 'resource',
      aggregateId: r._id,
      source: 'resources',
    }),
  );
}
