import KeycloakConnect from 'keycloak-connect';
import type { RequestHandler } from 'express';
import { AppError, unauthenticated } from '@binome/errors';
import { bearerToken, principalFromClaims, type AccessTokenClaims, type Principal } from '@binome/auth';

export interface KeycloakEdgeOptions {
  /** Keycloak base URL exactly as it appears in token issuers. */
  url: string;
  /** Where the realms' key sets are fetched, when not `url` (a cluster-internal address of Keycloak). */
  backchannelUrl?: string;
  /** Realms whose tokens are accepted (the allow-list); any other issuer is refused. */
  realms: readonly string[];
  /** The bearer-only client every access token must name in `aud` (binome-api). */
  audience: string;
  territories: readonly string[];
}

/** keycloak-connect's token object: its typings omit the decoded parts it exposes. */
interface DecodedToken {
  header: { alg?: string; kid?: string };
  content: AccessTokenClaims & { exp?: unknown; nbf?: unknown; typ?: string; iss?: string };
}

interface Realm {
  name: string;
  keycloak: KeycloakConnect.Keycloak;
}

function decodePart(part: string | undefined): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The adapter's key fetch has no timeout of its own: a Keycloak that accepts and never answers would hang requests. */
const KEY_FETCH_TIMEOUT_MS = 5_000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Error fetching JWK Keys: timed out')), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** keycloak-connect rejects with plain messages; map them to the platform's 401/503. */
function fromAdapterError(e: unknown): AppError {
  const message = e instanceof Error ? e.message : String(e);
  if (/expired/.test(message)) return unauthenticated('The token has expired');
  if (/wrong audience/.test(message)) return unauthenticated('Token claim "aud" is invalid');
  if (/wrong ISS/.test(message)) return unauthenticated('Token claim "iss" is invalid');
  if (/wrong type/.test(message)) return unauthenticated('Not an access token');
  if (/Error fetching JWK|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|ENOTFOUND/.test(message)) {
    return new AppError('unavailable', 'The identity provider is unreachable');
  }
  return unauthenticated('The token signature is invalid');
}

/**
 * Token verification at the edge with keycloak-connect, across realms. The adapter is built for one
 * realm per instance, so the gateway holds one bearer-only `Keycloak` per allowed realm and picks
 * the instance from the token's issuer, checked against the allow-list before anything else; the
 * adapter's grant manager then verifies signature (the realm's JWKS, cached, refreshed on an
 * unknown kid), expiry, type, issuer and audience; `protect()` is the gate on the route.
 */
export class KeycloakEdge {
  private readonly byIssuer = new Map<string, Realm>();

  constructor(private readonly options: KeycloakEdgeOptions) {
    for (const name of options.realms) {
      const keycloak = new KeycloakConnect({}, {
        realm: name,
        'auth-server-url': options.url,
        resource: options.audience,
        'bearer-only': true,
        'ssl-required': 'external',
        'confidential-port': 0,
        'verify-token-audience': true,
      } as KeycloakConnect.KeycloakConfig);
      // Bearer-only: no login redirect; a missing grant is a 401 problem, not the adapter's text 403.
      // The adapter fetches keys from the realm URL it also checks `iss` against: point only its
      // key rotation at the back-channel.
      if (options.backchannelUrl && options.backchannelUrl !== options.url)
        (keycloak.grantManager as unknown as { rotation: { realmUrl: string } }).rotation.realmUrl =
          `${options.backchannelUrl}/realms/${name}`;
      keycloak.accessDenied = ((_req: unknown, _res: unknown, next?: (e: unknown) => void) =>
        next?.(unauthenticated())) as KeycloakConnect.Keycloak['accessDenied'];
      this.byIssuer.set(`${options.url}/realms/${name}`, { name, keycloak });
    }
  }

  /** Verifies an access token and derives the principal; throws 401 (or 503 if Keycloak is down). */
  async verify(token: string): Promise<{ principal: Principal; grant: KeycloakConnect.Grant; realm: Realm }> {
    const [h, p, s] = token.split('.');
    const header = decodePart(h);
    const claims = decodePart(p);
    if (!header || !claims || !s) throw unauthenticated('The bearer token is not a JWT');
    const realm = typeof claims.iss === 'string' ? this.byIssuer.get(claims.iss) : undefined;
    if (!realm) throw unauthenticated('The token issuer is not trusted');
    // The adapter verifies RSA-SHA256 whatever the header says; say so explicitly.
    if (header.alg !== 'RS256') throw unauthenticated('The token signature is invalid');
    // The adapter treats a token without `exp` as never expiring; Keycloak always sets it.
    const now = Date.now() / 1000;
    if (typeof claims.exp !== 'number') throw unauthenticated('Token claim "exp" is missing');
    if (typeof claims.nbf === 'number' && claims.nbf > now + 5) throw unauthenticated('Token claim "nbf" is invalid');
    let grant: KeycloakConnect.Grant;
    try {
      grant = await withTimeout(realm.keycloak.grantManager.createGrant(JSON.stringify({ access_token: token })), KEY_FETCH_TIMEOUT_MS);
    } catch (e) {
      throw fromAdapterError(e);
    }
    const content = (grant.access_token as unknown as DecodedToken).content;
    return { principal: principalFromClaims(realm.name, content, this.options.territories, token), grant, realm };
  }

  /**
   * Authenticates the request: `res.locals.principal` and keycloak-connect's `req.kauth.grant` are
   * set, then the realm's own `protect()` lets it through.
   */
  authenticate(): RequestHandler {
    return (req, res, next) => {
      const token = bearerToken(req.headers.authorization);
      if (!token) return next(unauthenticated());
      this.verify(token)
        .then(({ principal, grant, realm }) => {
          res.locals.principal = principal;
          (req as unknown as { kauth: { grant: KeycloakConnect.Grant } }).kauth = { grant };
          realm.keycloak.protect()(req, res, next);
        })
        .catch(next);
    };
  }
}
