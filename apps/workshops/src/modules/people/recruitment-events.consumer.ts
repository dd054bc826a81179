import { EVENTS, on, TOPICS } from '@binome/events';
import type { BeneficiaryRepository } from './beneficiary.repository';

const { CandidateApplied, CandidateInterviewed, CandidateAdmitted, CandidateErased, VolunteerErased } = EVENTS;

/** Workshops' consumer group on recruitment's topic. */
export const RECRUITMENT_GROUP = 'workshops-recruitment';

/** Called when recruitment erases a person: every trace of them in workshops goes. */
export type EraseHandler = (territoryId: string, personId: string) => Promise<void>;

const required = (candidateId: string, territoryId: string) => {
  if (!candidateId || !territoryId) throw new Error('recruitment event without candidate or territory id');
};

/**
 * Beneficiaries from recruitment (`binome.recruitment.v1`): the referring partner (applied), the
 * intake's workshop needs (interviewed), the promotion (admitted), erasure. The envelope's
 * territory is authoritative. A payload without its ids goes to the dead-letter topic.
 */
export function recruitmentEventsConsumer(
  beneficiaries: BeneficiaryRepository,
  erase: EraseHandler,
  group = RECRUITMENT_GROUP,
  topic: string = TOPICS.recruitment,
) {
  return {
    group,
    topics: [topic],
    handlers: [
      on(CandidateApplied, async (e, env) => {
        required(e.candidateId, env.territoryId);
        await beneficiaries.record(
          env.territoryId,
          e.candidateId,
          e.referringPartnerId ? { referringPartnerId: e.referringPartnerId } : {},
        );
      }),
      on(CandidateInterviewed, async (e, env) => {
        required(e.candidateId, env.territoryId);
        await beneficiaries.record(env.territoryId, e.candidateId, { needs: e.workshopNeeds });
      }),
      on(CandidateAdmitted, async (e, env) => {
        required(e.candidateId, env.territoryId);
        if (!e.promotionId) throw new Error('CandidateAdmitted without promotion id');
        await beneficiaries.record(env.territoryId, e.candidateId, { admitted: true, promotionId: e.promotionId });
      }),
      on(CandidateErased, async (e, env) => {
        required(e.candidateId, env.territoryId);
        await erase(env.territoryId, e.candidateId);
      }),
      // A volunteer's registrations (speed-meetings' volunteer seats) and feedback go the same way.
      on(VolunteerErased, async (e, env) => {
        required(e.volunteerId, env.territoryId);
        await erase(env.territoryId, e.volunteerId);
      }),
    ],
  };
}
