import { EVENTS, on, TOPICS, type EventHandler } from '@binome/events';
import type { PairScheduleRepository } from '../pairs/pair-schedule.repository';
import { endOfDay } from '../promotions/promotion-term.entity';
import type { PromotionTermRepository } from '../promotions/promotion-term.repository';
import type { VolunteerFactRepository } from '../volunteers/volunteer-fact.repository';
import { erasePerson, type ErasureDeps } from './erase-person';

const { VolunteerEnrolled, VolunteerTrained, VolunteerErased, CandidateErased, PromotionPlanned } = EVENTS;

/** Scheduling's consumer group on recruitment's topic. */
export const RECRUITMENT_GROUP = 'scheduling-recruitment';

/**
 * People from recruitment (`binome.recruitment.v1`): a volunteer's company (company HR's reach)
 * and training day (it counts in the ledger), a beneficiary's or a volunteer's erasure, and a promotion's last day
 * (no meeting of its pairs after it). The envelope's
 * territory is authoritative; every effect is idempotent (upserts by id, deletes). A payload
 * without its ids goes to the dead-letter topic after the retries.
 */
export function recruitmentEventsConsumer(
  volunteers: VolunteerFactRepository,
  erasure: ErasureDeps,
  promotions: { terms: Pick<PromotionTermRepository, 'record'>; pairs: Pick<PairScheduleRepository, 'setPromotionEnd'> },
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
    on(PromotionPlanned, async (e, envelope) => {
      need(e.promotionId && envelope.territoryId, 'PromotionPlanned');
      const endsAt = endOfDay(e.endsOn);
      if (!endsAt) throw new Error('PromotionPlanned without a YYYY-MM-DD end');
      await promotions.terms.record(envelope.territoryId, e.promotionId, endsAt);
      await promotions.pairs.setPromotionEnd(envelope.territoryId, e.promotionId, endsAt);
    }),
    on(CandidateErased, async (e, envelope) => {
      need(e.candidateId && envelope.territoryId, 'CandidateErased');
      await erasePerson(erasure, envelope.territoryId, 'beneficiary', e.candidateId);
    }),
    on(VolunteerErased, async (e, envelope) => {
      need(e.volunteerId && envelope.territoryId, 'VolunteerErased');
      await erasePerson(erasure, envelope.territoryId, 'volunteer', e.volunteerId);
    }),
  ];
  return { group, topics: [topic], handlers };
}
