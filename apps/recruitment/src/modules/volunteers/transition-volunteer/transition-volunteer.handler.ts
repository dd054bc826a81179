import type { Principal } from '@binome/auth';
import { conflict, notFound } from '@binome/errors';
import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import { volunteerLifecycle, type Volunteer } from '../volunteer.entity';
import { VolunteerTrained, VolunteerWithdrawn } from '../volunteer.events';
import type { VolunteerDeps } from '../volunteers.deps';
import type { VolunteerTransitionRequest } from './transition-volunteer.request';

export async function transitionVolunteer(
  deps: VolunteerDeps,
  principal: Principal,
  id: string,
  input: VolunteerTransitionRequest,
): Promise<Volunteer> {
  const current = await deps.volunteers.findById(principal.scope, id);
  if (!current) throw notFound('Volunteer');
  volunteerLifecycle.assert(current.status, input.to);
  const common = { territoryId: current.territoryId, aggregateType: 'volunteer', aggregateId: id, source: 'recruitment' };
  let set: Partial<Volunteer> = {};
  let event: OutboxEntry | undefined;
  if (input.to === 'trained') {
    set = { trained: true, training: { ...current.training, attended: true, attendedOn: input.attendedOn } };
    event = outboxEntry(
      TOPICS.recruitment,
      createEnvelope({
        type: VolunteerTrained,
        payload: { volunteerId: id, territoryId: current.territoryId, promotionId: current.promotionId, trainedOn: input.attendedOn },
        ...common,
      }),
    );
  } else if (input.to === 'withdrawn') {
    set = { withdrawal: { reason: input.reason, ...(input.notes ? { notes: input.notes } : {}), at: new Date(), by: principal.subject } };
    event = outboxEntry(
      TOPICS.recruitment,
      createEnvelope({
        type: VolunteerWithdrawn,
        payload: { volunteerId: id, territoryId: current.territoryId, reason: input.reason },
        ...common,
      }),
    );
  } else if (!current.trained) {
    // Belt and braces: the lifecycle already requires "trained" before "active".
    throw conflict('An untrained volunteer cannot be confirmed in a pair');
  }
  const note = input.to === 'trained' && input.reason ? `override: ${input.reason}` : undefined;
  const moved = await deps.volunteers.transition(principal.scope, id, current.status, input.to, principal.subject, set, event, note);
  if (!moved) throw conflict('The volunteer changed meanwhile; reload and try again');
  return { ...current, ...set, status: input.to };
}
