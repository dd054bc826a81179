import { surveyOfLink } from '../read-survey-link/survey-link';
import { recordAnswers } from '../survey-answers';
import type { SurveysDeps } from '../surveys.deps';

/** The person answers through their link (the token is the credential); answered once. */
export async function answerSurveyLink(d: SurveysDeps, token: string, answers: Record<string, unknown>) {
  const s = await surveyOfLink(d.surveys, token);
  const answered = await recordAnswers(d, s, answers, 'link');
  return { wave: answered.wave, status: answered.status, answeredAt: answered.answeredAt };
}
