import type { CertificationDeps } from '../certification.deps';

/** The public key that verifies every credential and status list the issuer signed. */
export async function issuerJwks(d: Pick<CertificationDeps, 'issuer'>) {
  const { publicJwk } = await d.issuer.signingKey();
  return { keys: [publicJwk] };
}
