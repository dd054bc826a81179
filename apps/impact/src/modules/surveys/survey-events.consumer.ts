import { EVENTS, on, type EventHandler } from '@binome/events';
import type { OutcomeRepository } from '../outcomes/outcome.repository';
import { erasedKey } from '../projection/erased-key';
import { questionnaireFor } from './questionnaires.data';
import { surveyId, type Survey } from './survey.entity';
import type { SurveyRepository } from './survey.repository';
import { surveyPlan } from './survey-schedule';

const { PairConfirmed, PairActivated, PairDissolved, KonnecteurAssigned, CandidateErased, VolunteerErased } = EVENTS;

/** Impact's group that schedules surveys from pair events and erases people's answers. */
export const SURVEYS_GROUP = 'impact-surveys';

const dayOf = (d: Date | undefined) => (d ?? new Date()).toISOString().slice(0, 10);

/**
 * Surveys follow the pairs (matching's events): a confirmed or activated pair gets its five
 * surveys with their due dates from its start (inserted if absent: a later copy changes
 * nothing); a Konnecteur assignment names who collects them; a dissolution cancels the waves
 * still to come. `CandidateErased` and `VolunteerErased` (recruitment) remove what impact holds of
 * the person from surveys and outcomes.
 */
export function surveyEventsConsumer(
  d: { surveys: SurveyRepository; outcomes: OutcomeRepository },
  topics: { matching: string; recruitment: string },
  group = SURVEYS_GROUP,
) {
  const schedule = async (
    e: { pairId: string; promotionId: string; beneficiaryId: string; volunteerId: string },
    envelope: { territoryId: string; occurredAt?: Date },
  ) => {
    if (!e.pairId || !envelope.territoryId || !e.beneficiaryId || !e.volunteerId)
      throw new Error('pair event without pair, territory or participant ids');
    const existing = await d.surveys.ofPair(envelope.territoryId, e.pairId);
    const startedOn = existing[0] ? undefined : dayOf(envelope.occurredAt);
    if (!startedOn) return;
    const now = new Date();
    for (const w of surveyPlan(startedOn)) {
      const q = questionnaireFor(w.respondent);
      const s: Survey = {
        _id: surveyId(e.pairId, w.respondent, w.wave),
        territoryId: envelope.territoryId,
        promotionId: e.promotionId,
        pairId: e.pairId,
        personId: w.respondent === 'beneficiary' ? e.beneficiaryId : e.volunteerId,
        respondent: w.respondent,
        wave: w.wave,
        dueOn: w.dueOn,
        status: 'due',
        questionnaireId: q.id,
        questionnaireVersion: q.version,
        createdAt: now,
        updatedAt: now,
      };
      await d.surveys.insertIfAbsent(s);
    }
  };
  const erase = async (territoryId: string, personId: string) => {
    const key = erasedKey(personId);
    for (const s of await d.surveys.holding(territoryId, personId)) await d.surveys.erase(s, key);
    for (const o of await d.outcomes.holding(territoryId, personId)) await d.outcomes.erase(o, key);
  };
  const handlers: EventHandler<unknown>[] = [
    on(PairConfirmed, schedule),
    on(PairActivated, schedule),
    on(PairDissolved, async (e, envelope) => {
      if (!e.pairId || !envelope.territoryId) throw new Error('PairDissolved without pair or territory');
      await d.surveys.cancelAfter(envelope.territoryId, e.pairId, dayOf(envelope.occurredAt));
    }),
    on(KonnecteurAssigned, async (e, envelope) => {
      if (!e.pairId || !envelope.territoryId || !e.konnecteurId)
        throw new Error('KonnecteurAssigned without pair, territory or Konnecteur');
      await d.surveys.setKonnecteur(envelope.territoryId, e.pairId, e.konnecteurId);
    }),
    on(CandidateErased, async (e, envelope) => {
      if (!e.candidateId || !envelope.territoryId) throw new Error('CandidateErased without candidate or territory');
      await erase(envelope.territoryId, e.candidateId);
    }),
    on(VolunteerErased, async (e, envelope) => {
      if (!e.volunteerId || !envelope.territoryId) throw new Error('VolunteerErased without volunteer or territory');
      await erase(envelope.territoryId, e.volunteerId);
    }),
  ];
  return { group, topics: [topics.matching, topics.recruitment], handlers };
}
