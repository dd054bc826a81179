import type { Permission, Principal } from '@binome/auth';
import type { CertificationDeps } from '../certification.deps';
import { newIssuerKey } from '../issuer-keyring';
import { assertHq, issuerKeyView } from '../issuer-keys';

/**
 * A rotation: a new key, activated now, signs from then on (this pod at once, the others within
 * the keyring's cache time); the earlier keys stay published, so what they signed still verifies.
 */
export async function rotateIssuerKey(
  d: Pick<CertificationDeps, 'keys' | 'issuerKeys' | 'now' | 'logger'>,
  principal: Principal,
  permission: Permission,
) {
  assertHq(principal, permission);
  const previous = await d.keys.current();
  const key = await newIssuerKey(d.now(), principal.subject);
  await d.issuerKeys.insert(key);
  await d.keys.refresh();
  d.logger?.info({ kid: key._id, previousKid: previous._id }, 'badge signing key rotated');
  return issuerKeyView(key, 'current');
}
