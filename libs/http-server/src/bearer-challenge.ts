import type { Request } from 'express';

/**
 * The `WWW-Authenticate` challenge of a 401 (RFC 6750 §3): `Bearer` when the request carried no
 * bearer token, `Bearer error="invalid_token"` when it carried one that was refused (§3.1). The
 * reason stays in the problem body; the header's error_description would need it quote-free.
 */
export function bearerChallenge(req: Request): string {
  return /^Bearer\s+\S/i.test(req.headers.authorization ?? '') ? 'Bearer error="invalid_token"' : 'Bearer';
}
