import { z } from 'zod';
import { identityText } from '@binome/http-server';

/** How the recipient's credentials name them: an identifier only, or also the name they give. */
export const ChooseBadgeDisplayBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('identifier') }).strict(),
  z.object({ kind: z.literal('name'), name: identityText(120) }).strict(),
]);
export type ChooseBadgeDisplayBody = z.infer<typeof ChooseBadgeDisplayBody>;
