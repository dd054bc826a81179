import { EVENTS, on, TOPICS } from '@binome/events';
import { erasePerson } from './erase-person/erase-person.handler';
import type { ErasureDeps } from './erasure.deps';

const { CandidateErased, VolunteerErased } = EVENTS;

/** The resources service's consumer group on recruitment's topic. */
export const ERASURE_GROUP = 'resources-erasure';

/** Erasure follows recruitment's `CandidateErased` and `VolunteerErased` (a payload without its ids goes to the dead-letter topic). */
export function personErasureConsumer(d: ErasureDeps, group = ERASURE_GROUP, topic: string = TOPICS.recruitment) {
  return {
    group,
    topics: [topic],
    handlers: [
      on(CandidateErased, async (e, envelope) => {
        if (!e.candidateId || !envelope.territoryId) throw new Error('CandidateErased without its ids');
        await erasePerson(d, envelope.territoryId, e.candidateId);
      }),
      on(VolunteerErased, async (e, envelope) => {
        if (!e.volunteerId || !envelope.territoryId) throw new Error('VolunteerErased without its ids');
        await erasePerson(d, envelope.territoryId, e.volunteerId);
        // What the volunteer did signed in (their own training progress, badges awarded to the account).
        if (e.accountSubject) await erasePerson(d, envelope.territoryId, e.accountSubject);
      }),
    ],
  };
}
