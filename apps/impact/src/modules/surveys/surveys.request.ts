import { z } from 'zod';
import { apiSchema } from '@binome/http-server';

export const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9:_-]+$/);
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'not a calendar date',
  );
export const Lang = z.enum(['fr', 'en']);
export const SurveyParams = z.object({ surveyId: Id }).strict();

/** Answers by question id; each is checked against its question by the handler (400 naming it). */
export const AnswersBody = z
  .object({
    answers: z.record(z.string().max(60), z.union([z.boolean(), z.number(), z.string().max(2000), z.array(z.string().max(60)).max(20)])),
  })
  .strict();

export const SurveyView = apiSchema(
  'Survey',
  z.object({
    id: z.string(),
    territoryId: z.string(),
    promotionId: z.string(),
    pairId: z.string(),
    respondent: z.enum(['beneficiary', 'volunteer']),
    personId: z.string(),
    wave: z.enum(['T0', 'T3', 'T6', 'T12']),
    dueOn: z.string(),
    status: z.enum(['due', 'answered', 'cancelled']),
    dueState: z.enum(['upcoming', 'due', 'overdue']).optional(),
    konnecteurId: z.string().optional(),
    questionnaire: z.object({ id: z.string(), version: z.number() }),
    answers: z.record(z.union([z.number(), z.array(z.string())])).optional(),
    textAnswers: z.record(z.string()).optional(),
    answeredAt: z.string().datetime().optional(),
    answeredThrough: z.enum(['staff', 'konnecteur', 'link']).optional(),
    linkCreatedAt: z.string().datetime().optional(),
  }),
);

export const QuestionnaireView = apiSchema(
  'Questionnaire',
  z.object({
    id: z.string(),
    version: z.number(),
    language: Lang,
    title: z.string(),
    questions: z.array(z.object({ id: z.string(), kind: z.string(), text: z.string(), optional: z.boolean() }).passthrough()),
  }),
);
