import { createHash, randomBytes } from 'node:crypto';
import type { Permission, Principal } from '@binome/auth';
import { conflict } from '@binome/errors';
import type { Language } from '../questionnaire';
import { surveyInReach } from '../survey-access';
import type { Survey } from '../survey.entity';
import type { SurveysDeps } from '../surveys.deps';

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A personal link for the person to answer in their language: a 256-bit token shown once, of
 * which only the SHA-256 is kept. A new link replaces the previous one (its URL is dead at once).
 * Only a survey still due takes one (409 otherwise).
 */
export async function issueLink(d: Pick<SurveysDeps, 'surveys' | 'now'>, survey: Survey, language: Language) {
  const token = randomBytes(32).toString('base64url');
  const createdAt = d.now();
  if (!(await d.surveys.setLink(survey, { tokenHash: tokenHash(token), language, createdAt })))
    throw conflict(`This survey is ${survey.status === 'due' ? 'no longer due' : survey.status}`);
  return { surveyId: survey._id, token, path: `/v1/survey-links/${token}`, language, createdAt };
}

export async function createSurveyLink(d: SurveysDeps, principal: Principal, permission: Permission, surveyId: string, language: Language) {
  const { survey } = await surveyInReach(d, principal, permission, surveyId);
  return issueLink(d, survey, language);
}
