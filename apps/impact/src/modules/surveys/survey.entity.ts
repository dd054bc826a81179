import type { Language, Respondent, Wave } from './questionnaire';

export const SURVEY_STATUSES = ['due', 'answered', 'cancelled'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/**
 * One person's survey of one wave of one pair, scheduled from matching's pair events (keyed
 * `<pairId>:<respondent>:<wave>`, so a redelivered event schedules nothing twice). The source of
 * the answers: `SurveyAnswered` carries the coded ones to the projection; free text stays here.
 */
export interface Survey {
  _id: string;
  territoryId: string;
  promotionId: string;
  pairId: string;
  /** The beneficiary's candidate id or the volunteer's id (an erased key after erasure). */
  personId: string;
  respondent: Respondent;
  wave: Wave;
  dueOn: string;
  status: SurveyStatus;
  konnecteurId?: string;
  questionnaireId: string;
  questionnaireVersion: number;
  answers?: Record<string, number | string[]>;
  textAnswers?: Record<string, string>;
  answeredAt?: Date;
  /** Who entered the answers: the programme's staff, the pair's Konnecteur, or the person through their link. */
  answeredThrough?: 'staff' | 'konnecteur' | 'link';
  /** The personal link: only the SHA-256 of its token is kept, with the language it opens in. */
  link?: { tokenHash: string; language: Language; createdAt: Date };
  /** The day its reminder was published (`SurveyDue`, once per survey). */
  remindedOn?: string;
  /** The day its last reminder was published (`SurveyDue` with reminder 2, a week before the wave closes). */
  lastRemindedOn?: string;
  createdAt: Date;
  updatedAt: Date;
}

export const surveyId = (pairId: string, respondent: Respondent, wave: Wave) => `${pairId}:${respondent}:${wave}`;
