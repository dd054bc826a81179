import { conflict, notFound } from '@binome/errors';
import { validateAnswers } from './answer-validation';
import { questionnaireOf } from './questionnaires.data';
import type { Survey } from './survey.entity';
import { surveyAnswered } from './survey.events';
import type { SurveysDeps } from './surveys.deps';

/**
 * Answers a survey once, in the questionnaire version it was scheduled with: each answer checked
 * against its question (400 naming it), the coded answers published with the write
 * (`SurveyAnswered`, outbox), free text kept here. A survey already answered or cancelled is 409.
 */
export async function recordAnswers(
  d: Pick<SurveysDeps, 'surveys' | 'topic' | 'now'>,
  s: Survey,
  answers: Record<string, unknown>,
  through: NonNullable<Survey['answeredThrough']>,
): Promise<Survey> {
  if (s.status !== 'due') throw conflict(`This survey is ${s.status}`);
  const q = questionnaireOf(s.questionnaireId, s.questionnaireVersion);
  if (!q) throw notFound('Questionnaire');
  const valid = validateAnswers(q, answers);
  const at = d.now();
  const set: Partial<Survey> = {
    answers: valid.coded,
    ...(Object.keys(valid.text).length ? { textAnswers: valid.text } : {}),
    answeredAt: at,
    answeredThrough: through,
  };
  if (!(await d.surveys.answer(s, set, [surveyAnswered(d.topic, s, valid.coded, at)])))
    throw conflict('This survey was answered meanwhile');
  return { ...s, ...set, status: 'answered' };
}
