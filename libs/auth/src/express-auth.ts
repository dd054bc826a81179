import type { RequestHandler, Response } from 'express';
import { unauthenticated } from '@binome/errors';
import type { Principal } from './principal';
import { bearerToken, type TokenVerifier } from './token-verifier';

/** Requires a valid bearer token; stores the principal in `res.locals.principal`. */
export function authenticate(verifier: TokenVerifier): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return next(unauthenticated());
    verifier
      .verify(token)
      .then((principal) => {
        res.locals.principal = principal;
        next();
      })
      .catch(next);
  };
}

// Routes are guarded with `authorize(resource, action)` (permissions.ts): the role matrix in one
// place, never a hand-written list of roles.

export function principalOf(res: Response): Principal {
  const p = res.locals.principal as Principal | undefined;
  if (!p) throw unauthenticated();
  return p;
}
