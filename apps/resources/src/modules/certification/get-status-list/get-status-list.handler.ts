import type { CertificationDeps } from '../certification.deps';
import { signCredential, statusListCredential } from '../credentials';

/** The revocation list, signed: every revoked badge's bit set. Computed from the badges, so it cannot drift from them. */
export async function signedStatusList(d: CertificationDeps) {
  const { privateJwk } = await d.issuer.signingKey();
  return signCredential(statusListCredential(d.publicUrl, await d.badges.revokedIndices(), d.now()), privateJwk);
}
