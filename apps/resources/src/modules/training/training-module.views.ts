import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import type { Completion, TrainingModule } from './training-module.entity';

/** Staff see the quiz with its answers; learners the questions only. */
export function moduleView(m: TrainingModule, staff: boolean) {
  const rule =
    m.rule.kind === 'attendance' || staff
      ? m.rule
      : {
          kind: m.rule.kind,
          passMark: m.rule.passMark,
          questions: m.rule.questions.map(({ id, prompt, options }) => ({ id, prompt, options })),
        };
  return {
    id: m._id,
    territoryId: m.territoryId,
    title: m.title,
    audience: m.audience,
    mandatory: m.mandatory,
    parts: m.parts,
    rule,
    ...(staff ? { createdBy: m.createdBy, createdAt: m.createdAt } : {}),
    updatedAt: m.updatedAt,
  };
}

export const completionView = (c: Completion) => ({
  moduleId: c.moduleId,
  territoryId: c.territoryId,
  personKind: c.personKind,
  personId: c.personId,
  partsRead: c.partsRead,
  attempts: c.attempts.map((a) => ({ at: a.at, score: a.score, passed: a.passed })),
  completed: !!c.completedOn,
  ...(c.completedOn ? { completedOn: c.completedOn } : {}),
});

export const TrainingModuleSchema = apiSchema(
  'TrainingModule',
  z.object({
    id: z.string(),
    territoryId: z.string(),
    title: z.string(),
    audience: z.string(),
    mandatory: z.boolean(),
    parts: z.array(z.object({ id: z.string(), title: z.string(), resourceId: z.string().optional() })),
    rule: z.object({
      kind: z.enum(['attendance', 'parts-and-quiz']),
      passMark: z.number().optional(),
      questions: z.array(z.object({}).passthrough()).optional(),
    }),
    updatedAt: z.string(),
  }),
);
export const CompletionViewSchema = apiSchema(
  'TrainingCompletion',
  z.object({
    moduleId: z.string(),
    territoryId: z.string(),
    personKind: z.string(),
    personId: z.string(),
    partsRead: z.array(z.string()),
    attempts: z.array(z.object({ at: z.string(), score: z.number(), passed: z.boolean() })),
    completed: z.boolean(),
    completedOn: z.string().optional(),
  }),
);
