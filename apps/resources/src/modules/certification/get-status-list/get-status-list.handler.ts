import type { CertificationDeps } from '../certification.deps';
import { signCredential, statusListCredential } from '../credentials';

/**
 * The revocation list, signed with the current key: every revoked badge's bit set. Computed and
 * signed on each request, so it cannot drift from the badges and follows a key rotation.
 */
export async function signedStatusList(d: CertificationDeps) {
  const { privateJwk } = await d.keys.current();
  return signCredential(statusListCredential(d.publicUrl, await d.badges.revokedIndices(), d.now()), privateJwk);
}
