import { EVENTS, createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { Completion, TrainingModule } from './training-module.entity';

export const { ModuleCompleted } = EVENTS;

/** Ids, kind, rule and day only (no quiz answer, no score). Keyed by module id. */
export function moduleCompleted(m: TrainingModule, c: Completion, completedOn: string): OutboxEntry {
  return outboxEntry(
    TOPICS.resources,
    createEnvelope({
      type: ModuleCompleted,
      payload: {
        moduleId: m._id,
        territoryId: c.territoryId,
        personKind: c.personKind,
        personId: c.personId,
        mandatory: m.mandatory,
        rule: m.rule.kind,
        completedOn,
      },
      territoryId: c.territoryId,
      aggregateType: 'training-module',
      aggregateId: m._id,
      source: 'resources',
    }),
  );
}
