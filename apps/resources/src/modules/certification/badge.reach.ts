import { reachOf } from '@binome/access';
import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { Filter } from '@binome/persistence';
import { isStaff } from '../library/resource.reach';
import type { Badge } from './badge.entity';
import type { CertificationDeps } from './certification.deps';

/**
 * Staff (territory rules) reach their territory's badges; a recipient (`self`) reaches the badges
 * awarded to their account subject (self-paced modules). Badges awarded to a recruitment record id
 * (the training day, workshops, pairs) reach their recipient once recruitment resolves record ids
 * from a token for this service (as it does for matching); until then staff hand them over.
 */
export function badgeReach(principal: Principal, permission: Permission) {
  const reach = reachOf<Badge>(principal, permission, {
    self: (p) => (p.scope.kind === 'some' ? { scope: p.scope, filter: { 'recipient.id': p.subject } as Filter<Badge> } : undefined),
  });
  if (!reach) return undefined;
  // The audiences' territory read rule is not a licence to read others' badges: only staff keep it.
  if (isStaff(principal)) return reach;
  return { ...reach, filter: { $and: [reach.filter, { 'recipient.id': principal.subject }] } as Filter<Badge> };
}

export async function badgeInReach(d: Pick<CertificationDeps, 'badges'>, principal: Principal, permission: Permission, id: string) {
  const reach = badgeReach(principal, permission);
  const badge = reach ? await d.badges.findById(reach.scope, id, reach.filter) : null;
  if (!badge) throw notFound('Badge');
  return badge;
}
