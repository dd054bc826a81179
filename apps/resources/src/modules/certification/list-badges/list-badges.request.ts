import { z } from 'zod';
import { listQuery } from '@binome/http-server';
import { Id } from '../../library/library.request';

export const ListBadgesQuery = listQuery(['awardedAt'], z.string().uuid(), {
  achievementId: Id.optional(),
  recipientId: Id.optional(),
  status: z.enum(['active', 'revoked']).optional(),
});
export type ListBadgesQuery = z.infer<typeof ListBadgesQuery>;
