import { EVENTS, on, TOPICS } from '@binome/events';
import { markVolunteerTrained } from './mark-volunteer-trained/mark-volunteer-trained.handler';
import type { VolunteerDeps } from './volunteers.deps';

const { ModuleCompleted } = EVENTS;

/** Recruitment's consumer group on the resources topic. */
export const TRAINING_GROUP = 'recruitment-training';

/**
 * `trained` follows the mandatory volunteer module's completion (resources' `ModuleCompleted`);
 * other modules, and other people's, are none of recruitment's business. A completion without its
 * ids goes to the dead-letter topic after the retries.
 */
export function trainingEventsConsumer(deps: Pick<VolunteerDeps, 'volunteers'>, group = TRAINING_GROUP, topic: string = TOPICS.resources) {
  return {
    group,
    topics: [topic],
    handlers: [
      on(ModuleCompleted, async (e, envelope) => {
        if (!e.mandatory || e.personKind !== 'volunteer') return;
        if (!e.personId || !envelope.territoryId || !e.completedOn) throw new Error('ModuleCompleted without person, territory or date');
        await markVolunteerTrained(deps, {
          territoryId: envelope.territoryId,
          personId: e.personId,
          moduleId: e.moduleId,
          completedOn: e.completedOn,
        });
      }),
    ],
  };
}
