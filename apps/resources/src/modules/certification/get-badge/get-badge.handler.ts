import type { Permission, Principal } from '@binome/auth';
import { badgeInReach } from '../badge.reach';
import { badgeView } from '../badge.views';
import type { CertificationDeps } from '../certification.deps';

export async function getBadge(d: CertificationDeps, principal: Principal, permission: Permission, id: string) {
  return badgeView(d.publicUrl, await badgeInReach(d, principal, permission, id));
}
