import type { impactV1 } from '@binome/contracts';
import { assertTerritory, can, territoryReach, type Principal } from '@binome/auth';
import { forbidden, notFound, validationFailed } from '@binome/errors';
import { territory } from '@binome/persistence';
import { issueLink } from './create-survey-link/create-survey-link.handler';
import { LANGUAGES, type Language } from './questionnaire';
import type { SurveyRepository } from './survey.repository';

/**
 * The personal link of a reminder email, asked by scheduling when it sends it (with its service
 * account): a territory reach of `surveys` write, a survey still due (`ALREADY_EXISTS` once
 * answered or cancelled, so that no reminder goes out for it).
 */
export async function issueSurveyLinkGrpc(
  d: { surveys: SurveyRepository; now: () => Date },
  req: impactV1.IssueSurveyLinkRequest,
  principal: Principal,
): Promise<impactV1.IssueSurveyLinkResponse> {
  const missing = [
    ...(req.territoryId ? [] : [{ field: 'territory_id', message: 'required' }]),
    ...(req.surveyId ? [] : [{ field: 'survey_id', message: 'required' }]),
    ...((LANGUAGES as readonly string[]).includes(req.language) ? [] : [{ field: 'language', message: `one of ${LANGUAGES.join(', ')}` }]),
  ];
  if (missing.length) throw validationFailed(missing);
  if (!territoryReach(principal, can(principal, 'surveys', 'write')))
    throw forbidden('Not allowed to issue the survey links of a territory');
  assertTerritory(principal, req.territoryId);
  const survey = await d.surveys.findById(territory(req.territoryId), req.surveyId);
  if (!survey) throw notFound('Survey');
  const link = await issueLink(d, survey, req.language as Language);
  return { surveyId: survey._id, token: link.token, wave: survey.wave, dueOn: survey.dueOn, language: link.language };
}
