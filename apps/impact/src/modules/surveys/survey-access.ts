import { staffReaches } from '@binome/access';
import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { Survey } from './survey.entity';
import { surveyReach } from './survey.reach';
import type { SurveysDeps } from './surveys.deps';

/** A survey through the caller's reach (404 outside it, as an unknown id), and whether staff reached it. */
export async function surveyInReach(
  d: Pick<SurveysDeps, 'surveys' | 'konnecteurs'>,
  principal: Principal,
  permission: Permission,
  surveyId: string,
): Promise<{ survey: Survey; staff: boolean }> {
  const reach = await surveyReach(d.konnecteurs, principal, permission);
  const survey = reach ? await d.surveys.findById(reach.scope, surveyId, reach.filter) : null;
  if (!survey) throw notFound('Survey');
  return { survey, staff: staffReaches(reach, survey.territoryId) };
}
