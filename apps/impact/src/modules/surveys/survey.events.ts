import { EVENTS, createEnvelope } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { Survey } from './survey.entity';

export const { SurveyAnswered, SurveyDue } = EVENTS;

/**
 * Ids only (no link: its token is a credential; scheduling asks impact for one when it sends the
 * email). `reminder` is 1 when the wave opens, 2 for the last reminder before it closes.
 */
export function surveyDue(topic: string, s: Survey, reminder: 1 | 2 = 1): OutboxEntry {
  return outboxEntry(
    topic,
    createEnvelope({
      type: SurveyDue,
      payload: {
        surveyId: s._id,
        territoryId: s.territoryId,
        promotionId: s.promotionId,
        pairId: s.pairId,
        personId: s.personId,
        respondent: s.respondent,
        wave: s.wave,
        dueOn: s.dueOn,
        reminder,
      },
      territoryId: s.territoryId,
      aggregateType: 'pair',
      aggregateId: s.pairId,
      source: 'impact',
    }),
  );
}

/** Coded answers only: free text never leaves impact. Keyed by pair id, as the pair's other facts. */
export function surveyAnswered(topic: string, s: Survey, answers: Record<string, number | string[]>, at: Date): OutboxEntry {
  return outboxEntry(
    topic,
    createEnvelope({
      type: SurveyAnswered,
      payload: {
        responseId: s._id,
        territoryId: s.territoryId,
        promotionId: s.promotionId,
        pairId: s.pairId,
        personId: s.personId,
        respondent: s.respondent,
        wave: s.wave,
        questionnaireId: s.questionnaireId,
        questionnaireVersion: s.questionnaireVersion,
        answers: Object.entries(answers).map(([questionId, v]) =>
          Array.isArray(v) ? { questionId, number: 0, choices: v } : { questionId, number: v, choices: [] },
        ),
        answeredAt: at,
        dueOn: s.dueOn,
      },
      territoryId: s.territoryId,
      aggregateType: 'pair',
      aggregateId: s.pairId,
      source: 'impact',
    }),
  );
}
