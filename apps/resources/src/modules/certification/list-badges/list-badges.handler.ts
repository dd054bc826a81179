import type { Permission, Principal } from '@binome/auth';
import { idsFilter, pagingOf } from '@binome/http-server';
import { badgeReach, ownRecipientIds } from '../badge.reach';
import { badgeView } from '../badge.views';
import type { CertificationDeps } from '../certification.deps';
import type { ListBadgesQuery } from './list-badges.request';

export async function listBadges(d: CertificationDeps, principal: Principal, permission: Permission, q: ListBadgesQuery) {
  const reach = badgeReach(principal, permission, await ownRecipientIds(d, principal));
  if (!reach) return { items: [], total: 0 };
  const filter = {
    ...(q.achievementId ? { achievementId: q.achievementId } : {}),
    ...(q.recipientId ? { 'recipient.id': q.recipientId } : {}),
    ...(q.status ? { 'revoked.at': { $exists: q.status === 'revoked' } } : {}),
    ...idsFilter(q.id),
  };
  const found = await d.badges.findPage(reach.scope, filter, pagingOf(q, { awardedAt: -1 }), reach.filter);
  return { items: found.items.map((b) => badgeView(d.publicUrl, b)), total: found.total };
}
