import { z } from 'zod';
import { Audiences, Language, Markdown, TerritoryId, Title, Topics } from '../library.request';

/** A new resource, as a draft; its first version is the markdown when given (a file comes by upload). */
export const CreateResourceBody = z
  .object({
    territoryId: TerritoryId.describe('a territory, or "national" (HQ only)'),
    title: Title,
    summary: z.string().trim().max(500).optional(),
    audiences: Audiences,
    language: Language,
    topics: Topics.default([]),
    markdown: Markdown.optional(),
  })
  .strict();
export type CreateResourceBody = z.infer<typeof CreateResourceBody>;
