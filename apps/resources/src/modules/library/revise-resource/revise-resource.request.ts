import { z } from 'zod';
import { Audiences, Language, Markdown, Title, Topics } from '../library.request';

/** A new markdown version (the earlier ones stay readable); the description may change with it. */
export const ReviseResourceBody = z
  .object({
    markdown: Markdown,
    title: Title.optional(),
    summary: z.string().trim().max(500).optional(),
    audiences: Audiences.optional(),
    language: Language.optional(),
    topics: Topics.optional(),
  })
  .strict();
export type ReviseResourceBody = z.infer<typeof ReviseResourceBody>;
