import { EVENTS, on, TOPICS, type EventHandler } from '@binome/events';
import type { VolunteerFactRepository } from '../volunteers/volunteer-fact.repository';
import { erasePerson, type ErasureDeps } from './erase-person';

const { VolunteerEnrolled, VolunteerTrained, CandidateErased } = EVENTS;

/** Scheduling's consumer group on recruitment's topic. */
export const RECRUITMENT_GROUP = 'scheduling-recruitment';

/**
 * People from recruitment (`binome.recruitment.v1`): a volunteer's company (company HR's reach)
 * and training day (it counts in the ledger), and a beneficiary's erasure. The envelope's
 * territory is authoritative; every effect is idempotent (upserts by id, deletes). A payload
 * without its ids goes to the dead-letter topic after the retries.
 */
export function recruitmentEventsConsumer(
  volunteers: VolunteerFactRepository,
  erasure: ErasureDeps,
  group = RECRUITMENT_GROUP,
  topic: string = TOPICS.recruitment,
) {
  const need = (ok: unknown, what: string) => {
    if (!ok) throw new Error(`${what} without its ids`);
  };
  const handlers: EventHandler<unknown>[] = [
    on(VolunteerEnrolled, async (e, envelope) => {
      need(e.volunteerId && envelope.territoryId, 'VolunteerEnrolled');
      await volunteers.record(envelope.territoryId, e.volunteerId, { companyId: e.companyId, promotionId: e.promotionId });
    }),
    on(VolunteerTrained, async (e, envelope) => {
      need(e.volunteerId && envelope.territoryId, 'VolunteerTrained');
      const trainedOn = e.trainedOn ? new Date(e.trainedOn) : (envelope.occurredAt ?? new Date());
      await volunteers.record(envelope.territoryId, e.volunteerId, {
        trainedOn: Number.isNaN(trainedOn.getTime()) ? new Date() : trainedOn,
        ...(e.promotionId ? { promotionId: e.promotionId } : {}),
      });
    }),
    on(CandidateErased, async (e, envelope) => {
      need(e.candidateId && envelope.territoryId, 'CandidateErased');
      await erasePerson(erasure, envelope.territoryId, 'beneficiary', e.candidateId);
    }),
  ];
  return { group, topics: [topic], handlers };
}
