import type { Permission, Principal } from '@binome/auth';
import { badgeInReach } from '../badge.reach';
import type { CertificationDeps } from '../certification.deps';
import { openBadgeCredential, signCredential } from '../credentials';

/** The badge's Open Badges 3.0 credential, signed as a VC-JWT (its recipient, or staff for them). */
export async function downloadCredential(d: CertificationDeps, principal: Principal, permission: Permission, id: string) {
  const badge = await badgeInReach(d, principal, permission, id);
  const { privateJwk } = await d.keys.current();
  return signCredential(openBadgeCredential(d.publicUrl, badge), privateJwk);
}
