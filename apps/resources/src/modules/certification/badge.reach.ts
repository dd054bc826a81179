import { reachOf } from '@binome/access';
import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { Filter } from '@binome/persistence';
import { isStaff } from '../library/resource.reach';
import type { Badge } from './badge.entity';
import type { CertificationDeps } from './certification.deps';

/**
 * Staff (territory rules) reach their territory's badges; a recipient (`self`) reaches the badges
 * awarded to them: to their account subject (self-paced modules) or to one of their recruitment
 * records (the training day, workshops, pairs), which recruitment resolves from their token
 * (`ownRecipientIds`).
 */
export function badgeReach(principal: Principal, permission: Permission, ownIds: readonly string[] = []) {
  const mine = { 'recipient.id': { $in: [principal.subject, ...ownIds] } } as Filter<Badge>;
  const reach = reachOf<Badge>(principal, permission, {
    self: (p) => (p.scope.kind === 'some' ? { scope: p.scope, filter: mine } : undefined),
  });
  if (!reach) return undefined;
  // The audiences' territory read rule is not a licence to read others' badges: only staff keep it.
  if (isStaff(principal)) return reach;
  return { ...reach, filter: { $and: [reach.filter, mine] } as Filter<Badge> };
}

/** A non-staff caller's recruitment record ids in their realm's territory (none for staff or without recruitment). */
export async function ownRecipientIds(d: Pick<CertificationDeps, 'recruitment'>, principal: Principal): Promise<string[]> {
  if (!d.recruitment || isStaff(principal) || principal.scope.kind !== 'some' || principal.scope.territories.length !== 1) return [];
  return d.recruitment.ownRecordIds(principal.token, principal.scope.territories[0]);
}

export async function badgeInReach(
  d: Pick<CertificationDeps, 'badges' | 'recruitment'>,
  principal: Principal,
  permission: Permission,
  id: string,
) {
  const reach = badgeReach(principal, permission, await ownRecipientIds(d, principal));
  const badge = reach ? await d.badges.findById(reach.scope, id, reach.filter) : null;
  if (!badge) throw notFound('Badge');
  return badge;
}
