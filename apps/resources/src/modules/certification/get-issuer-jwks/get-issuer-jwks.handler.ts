import type { CertificationDeps } from '../certification.deps';

/**
 * The public keys that verify what the issuer signed: the current key and every earlier one not
 * retired (credentials downloaded before a rotation still verify), the current first.
 */
export async function issuerJwks(d: Pick<CertificationDeps, 'keys'>) {
  return { keys: await d.keys.published() };
}
