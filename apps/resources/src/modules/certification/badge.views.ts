import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { achievementOf } from './achievement.catalogue';
import type { Badge } from './badge.entity';
import { urls } from './credentials';

export const badgeView = (base: string, b: Badge) => ({
  id: b._id,
  territoryId: b.territoryId,
  achievementId: b.achievementId,
  achievementName: achievementOf(b.achievementId)?.name ?? b.achievementId,
  recipient: b.recipient,
  display: b.display,
  awardedAt: b.awardedAt,
  status: b.revoked ? 'revoked' : 'active',
  ...(b.revoked ? { revoked: b.revoked } : {}),
  links: {
    credential: `/v1/badges/${b._id}/credential`,
    verification: urls(base).credential(b._id),
    ob2Assertion: urls(base).ob2Assertion(b._id),
  },
});

export const BadgeViewSchema = apiSchema(
  'Badge',
  z.object({
    id: z.string(),
    territoryId: z.string(),
    achievementId: z.string(),
    achievementName: z.string(),
    recipient: z.object({ kind: z.string(), id: z.string() }),
    display: z.object({ kind: z.enum(['identifier', 'name']), name: z.string().optional() }),
    awardedAt: z.string(),
    status: z.enum(['active', 'revoked']),
    revoked: z.object({ at: z.string(), by: z.string(), reason: z.string() }).optional(),
    links: z.object({ credential: z.string(), verification: z.string(), ob2Assertion: z.string() }),
  }),
);
