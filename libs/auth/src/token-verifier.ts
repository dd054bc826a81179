import { createRemoteJWKSet, decodeJwt, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { AppError, unauthenticated } from '@binome/errors';
import { principalFromClaims, type AccessTokenClaims, type Principal } from './principal';

export interface TokenVerifierOptions {
  /** Keycloak base URL exactly as it appears in token issuers, e.g. http://127.0.0.1:18080. */
  keycloakUrl: string;
  /** Where the key sets are fetched, when not keycloakUrl (a cluster-internal address of Keycloak). */
  backchannelUrl?: string;
  /** Realms whose tokens are accepted; any other issuer is refused. */
  realms: readonly string[];
  audience: string;
  territories: readonly string[];
}

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

/**
 * Verifies Keycloak access tokens from several realms. The issuer is read from the token only to
 * pick a key set from the allow-list; the signature, issuer, audience and expiry are then verified
 * against that realm's published keys (fetched once and cached by jose, refreshed on unknown kid).
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const byIssuer = new Map<string, { realm: string; keys: JWTVerifyGetKey }>();
  for (const realm of options.realms) {
    const issuer = `${options.keycloakUrl}/realms/${realm}`;
    const certs = `${options.backchannelUrl ?? options.keycloakUrl}/realms/${realm}/protocol/openid-connect/certs`;
    byIssuer.set(issuer, {
      realm,
      keys: createRemoteJWKSet(new URL(certs), { cooldownDuration: 30_000, timeoutDuration: 5_000 }),
    });
  }

  return {
    async verify(token: string): Promise<Principal> {
      let issuer: string | undefined;
      try {
        issuer = decodeJwt(token).iss;
      } catch {
        throw unauthenticated('The bearer token is not a JWT');
      }
      const trusted = issuer ? byIssuer.get(issuer) : undefined;
      if (!trusted) throw unauthenticated('The token issuer is not trusted');
      let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
      try {
        ({ payload } = await jwtVerify(token, trusted.keys, {
          issuer,
          audience: options.audience,
          algorithms: ['RS256', 'ES256', 'PS256'],
          clockTolerance: 5,
        }));
      } catch (e) {
        if (e instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired');
        if (e instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`Token claim "${e.claim}" is invalid`);
        // The key set could not be fetched (Keycloak down or slow while the keys are not cached or
        // the kid is unknown): the token may be fine, so a 503 the client may retry, not a 401.
        if (e instanceof joseErrors.JWKSTimeout || !(e instanceof joseErrors.JOSEError))
          throw new AppError('unavailable', 'The identity provider is unreachable', { cause: e });
        throw unauthenticated('The token signature is invalid');
      }
      if (payload.typ !== undefined && payload.typ !== 'Bearer') throw unauthenticated('Not an access token');
      return principalFromClaims(trusted.realm, payload as AccessTokenClaims, options.territories, token);
    },
  };
}

/** Extracts the token from an `Authorization: Bearer …` header value. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+([A-Za-z0-9\-_.~+/]+=*)$/i.exec(header.trim()) : null;
  return match?.[1];
}

/** The parts of a service's configuration a token verifier needs (`ServiceConfig` has them). */
export interface VerifierConfig {
  keycloak: { url: string; backchannelUrl?: string; realms: string[]; audience: string };
  territories: string[];
}

/** The token verifier of a service's configuration: its Keycloak, allowed realms, audience and territories. */
export function tokenVerifierOf(config: VerifierConfig): TokenVerifier {
  return createTokenVerifier({
    keycloakUrl: config.keycloak.url,
    backchannelUrl: config.keycloak.backchannelUrl,
    realms: config.keycloak.realms,
    audience: config.keycloak.audience,
    territories: config.territories,
  });
}
