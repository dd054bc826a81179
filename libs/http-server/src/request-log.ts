import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@binome/logging';

/** A caller's request id is kept when it looks like one (8–64 word characters), else a new UUID. */
const REQUEST_ID = /^[\w-]{8,64}$/;

/**
 * The request log of every service and of the gateway: one line per request with its id (the
 * caller's `x-request-id` when well-formed, echoed back), method, path and status only — query
 * strings, bodies and tokens may carry personal data and stay out. Probes are not logged.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    serializers: {
      req: (req) => ({ id: req.id, method: req.method, path: String(req.url).split('?')[0] }),
      res: (res) => ({ statusCode: res.statusCode }),
    },
  }) as RequestHandler;
}
