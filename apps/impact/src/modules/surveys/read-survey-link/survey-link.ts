import { notFound } from '@binome/errors';
import { tokenHash } from '../create-survey-link/create-survey-link.handler';
import type { Survey } from '../survey.entity';
import type { SurveyRepository } from '../survey.repository';

/** Tokens as issued: 43 base64url characters. Anything else is 404 without a query. */
export const LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The survey a link opens; an unknown, replaced or revoked token is 404, as any other. */
export async function surveyOfLink(surveys: SurveyRepository, token: string): Promise<Survey & { link: NonNullable<Survey['link']> }> {
  if (!LINK_TOKEN.test(token)) throw notFound('Survey link');
  const s = await surveys.byTokenHash(tokenHash(token));
  if (!s?.link) throw notFound('Survey link');
  return s as Survey & { link: NonNullable<Survey['link']> };
}
