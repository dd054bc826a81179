import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry } from '@binome/outbox';
import { territory } from '@binome/persistence';
import { VolunteerTrained } from '../volunteer.events';
import type { VolunteerDeps } from '../volunteers.deps';

export interface TrainingCompleted {
  territoryId: string;
  /** The volunteer's record id (attendance recorded by staff) or their account subject (self-paced). */
  personId: string;
  moduleId: string;
  /** YYYY-MM-DD */
  completedOn: string;
}

/**
 * The mandatory volunteer module's completion makes the volunteer trained: every enrolment of the
 * person in the territory still `enrolled` moves to `trained`, with `VolunteerTrained`, the module
 * named in the history. Idempotent: a trained, active or withdrawn enrolment is left as it is, so a
 * redelivered completion changes nothing. Returns the ids moved.
 */
export async function markVolunteerTrained(deps: Pick<VolunteerDeps, 'volunteers'>, c: TrainingCompleted): Promise<string[]> {
  const scope = territory(c.territoryId);
  const enrolled = await deps.volunteers.findMany(scope, { status: 'enrolled', $or: [{ _id: c.personId }, { userId: c.personId }] });
  const moved: string[] = [];
  for (const v of enrolled) {
    const event = outboxEntry(
      TOPICS.recruitment,
      createEnvelope({
        type: VolunteerTrained,
        payload: { volunteerId: v._id, territoryId: v.territoryId, promotionId: v.promotionId, trainedOn: c.completedOn },
        territoryId: v.territoryId,
        aggregateType: 'volunteer',
        aggregateId: v._id,
        source: 'recruitment',
      }),
    );
    const set = { trained: true, training: { ...v.training, attended: true, attendedOn: c.completedOn } };
    if (await deps.volunteers.transition(scope, v._id, 'enrolled', 'trained', 'resources', set, event, `module ${c.moduleId} completed`))
      moved.push(v._id);
  }
  return moved;
}
