import type { Permission, Principal } from '@binome/auth';
import { surveyInReach } from '../survey-access';
import { recordAnswers } from '../survey-answers';
import { surveyView } from '../survey.views';
import type { SurveysDeps } from '../surveys.deps';

/** Staff or the pair's Konnecteur enter the answers they collected (T+3 and T+6 usually). */
export async function answerSurvey(
  d: SurveysDeps,
  principal: Principal,
  permission: Permission,
  surveyId: string,
  answers: Record<string, unknown>,
) {
  const { survey, staff } = await surveyInReach(d, principal, permission, surveyId);
  const answered = await recordAnswers(d, survey, answers, staff ? 'staff' : 'konnecteur');
  return surveyView(answered, d.now().toISOString().slice(0, 10), staff);
}
