import type { Survey } from './survey.entity';
import { dueState } from './survey-schedule';

/** A survey as staff and Konnecteurs see it: never the link's digest; free text for staff only. */
export function surveyView(s: Survey, today: string, staff: boolean) {
  return {
    id: s._id,
    territoryId: s.territoryId,
    promotionId: s.promotionId,
    pairId: s.pairId,
    respondent: s.respondent,
    personId: s.personId,
    wave: s.wave,
    dueOn: s.dueOn,
    status: s.status,
    dueState: s.status === 'due' ? dueState(s.dueOn, today) : undefined,
    konnecteurId: s.konnecteurId,
    questionnaire: { id: s.questionnaireId, version: s.questionnaireVersion },
    answers: s.answers,
    ...(staff && s.textAnswers ? { textAnswers: s.textAnswers } : {}),
    answeredAt: s.answeredAt,
    answeredThrough: s.answeredThrough,
    linkCreatedAt: s.link?.createdAt,
  };
}
