import type { RequestHandler } from 'express';
import { forbidden } from '@binome/errors';

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id, accept, accept-language';
const EXPOSED_HEADERS = 'x-total-count, location, x-request-id, retry-after, content-range, ratelimit, ratelimit-policy';

/**
 * CORS for one origin, the console's. Other origins get no CORS headers (the browser then hides
 * the response) and their preflights are refused with 403. Credentials are not allowed: the
 * console sends a bearer token, never cookies. Same-origin and non-browser calls carry no Origin
 * and pass untouched.
 */
export function consoleCors(consoleOrigin: string): RequestHandler {
  return (req, res, next) => {
    res.vary('Origin');
    const origin = req.headers.origin;
    if (!origin) return next();
    const allowed = origin === consoleOrigin;
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (!allowed) return preflight ? next(forbidden(`Origin ${origin} is not allowed`)) : next();
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    if (!preflight) return next();
    res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}
