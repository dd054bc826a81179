import type { Permission, Principal } from '@binome/auth';
import { conflict, notFound } from '@binome/errors';
import { territory } from '@binome/persistence';
import type { CertificationDeps } from '../certification.deps';
import { assertHq, issuerKeyView, type RetireIssuerKeyBody } from '../issuer-keys';

/**
 * Retires a key (a leak): its private part is deleted and it leaves the JWKS (this pod at once,
 * the others within the keyring's cache time), so the credentials it signed no longer verify and
 * their holders download them again. The current key cannot be retired: rotate first (409).
 * Once: a retired key stays as it was retired.
 */
export async function retireIssuerKey(
  d: Pick<CertificationDeps, 'keys' | 'issuerKeys' | 'issuer' | 'now' | 'logger'>,
  principal: Principal,
  permission: Permission,
  kid: string,
  body: RetireIssuerKeyBody,
) {
  assertHq(principal, permission);
  const { current } = await d.keys.refresh();
  const key = await d.issuerKeys.findById(territory('national'), kid);
  if (!key) throw notFound('Signing key');
  if (key.retired) return issuerKeyView(key, 'retired');
  if (key._id === current._id) throw conflict('The current signing key cannot be retired: rotate first, then retire it (field: kid)');
  const retired = { at: d.now(), by: principal.subject, reason: body.reason };
  await d.issuerKeys.compareAndSet(
    territory('national'),
    kid,
    { retired: { $exists: false } },
    { $set: { retired }, $unset: { privateJwk: '' } },
  );
  await d.issuer.dropLegacyPrivateKey(kid);
  await d.keys.refresh();
  d.logger?.warn({ kid }, 'badge signing key retired: what it signed no longer verifies');
  return issuerKeyView({ ...key, retired, privateJwk: undefined }, 'retired');
}
