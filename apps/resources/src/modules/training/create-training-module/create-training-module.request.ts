import { z } from 'zod';
import { Id, TerritoryId, Title } from '../../library/library.request';
import { LEARNER_KINDS } from '../training-module.entity';

const Question = z
  .object({
    id: Id,
    prompt: z.string().trim().min(3).max(500),
    options: z.array(z.string().trim().min(1).max(200)).min(2).max(6),
    answer: z.number().int().min(0).max(5),
  })
  .strict()
  .refine((q) => q.answer < q.options.length, { path: ['answer'], message: 'the index of one of the options' });

export const CreateTrainingModuleBody = z
  .object({
    territoryId: TerritoryId,
    title: Title,
    audience: z.enum(LEARNER_KINDS),
    mandatory: z.boolean().default(false),
    parts: z
      .array(z.object({ id: Id, title: Title, resourceId: Id.optional() }).strict())
      .min(1)
      .max(30),
    rule: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('attendance') }).strict(),
      z
        .object({
          kind: z.literal('parts-and-quiz'),
          passMark: z.number().int().min(1).max(100),
          questions: z.array(Question).min(1).max(30),
        })
        .strict(),
    ]),
  })
  .strict();
export type CreateTrainingModuleBody = z.infer<typeof CreateTrainingModuleBody>;
