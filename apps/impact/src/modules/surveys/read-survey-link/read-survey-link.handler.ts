import { notFound } from '@binome/errors';
import { localised } from '../answer-validation';
import type { Language } from '../questionnaire';
import { questionnaireOf } from '../questionnaires.data';
import type { SurveysDeps } from '../surveys.deps';
import { surveyOfLink } from './survey-link';

/** What the person sees through their link: the wave, its due date and the questions in their language. No ids, no names. */
export async function readSurveyLink(d: SurveysDeps, token: string, lang: Language | undefined) {
  const s = await surveyOfLink(d.surveys, token);
  const q = questionnaireOf(s.questionnaireId, s.questionnaireVersion);
  if (!q) throw notFound('Questionnaire');
  return { wave: s.wave, dueOn: s.dueOn, status: s.status, questionnaire: localised(q, lang ?? s.link.language) };
}
