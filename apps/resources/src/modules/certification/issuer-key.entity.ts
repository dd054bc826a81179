import type { JWK } from 'jose';

/**
 * One of the issuer's signing keys (ES256). The key activated last that is not retired signs
 * (the current one); every key not retired is published in the JWKS, so credentials signed before
 * a rotation still verify. Retiring a key (a leak) removes its private part and its publication:
 * what it signed no longer verifies.
 */
export interface IssuerKey {
  /** The key id: the public key's JWK thumbprint (RFC 7638). */
  _id: string;
  territoryId: 'national';
  /** Removed when the key is retired. */
  privateJwk?: JWK & { kid: string };
  publicJwk: JWK & { kid: string };
  activatedAt: Date;
  /** HQ's subject, or `first-use` / `adopted` for the key made or found at first use. */
  createdBy: string;
  retired?: { at: Date; by: string; reason: string };
  createdAt: Date;
}

export type KeyStatus = 'current' | 'previous' | 'retired';
