import type { Permission, Principal } from '@binome/auth';
import { forbidden } from '@binome/errors';
import { territory } from '@binome/persistence';
import { isStaff } from '../../library/resource.reach';
import { badgeRevoked } from '../badge.events';
import { badgeInReach } from '../badge.reach';
import type { CertificationDeps } from '../certification.deps';
import type { RevokeBadgeBody } from './revoke-badge.request';

/** Sets the badge's status-list bit (the list is computed from revoked badges); once: a second revocation changes nothing. */
export async function revokeBadge(d: CertificationDeps, principal: Principal, permission: Permission, id: string, body: RevokeBadgeBody) {
  if (!isStaff(principal)) throw forbidden('Badges are revoked by staff');
  const badge = await badgeInReach(d, principal, permission, id);
  if (badge.revoked) return badge;
  const revoked = { at: d.now(), by: principal.subject, reason: body.reason };
  const done = await d.badges.compareAndSet(
    territory(badge.territoryId),
    id,
    { 'revoked.at': { $exists: false } },
    { $set: { revoked, updatedAt: revoked.at } },
    [badgeRevoked(badge, body.reason)],
  );
  return done ? { ...badge, revoked } : ((await d.badges.findById(territory(badge.territoryId), id)) ?? badge);
}
