import express, { type Express, type Request, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from '@binome/logging';
import { AppError, dependencyUnavailable } from '@binome/errors';
import { notFoundHandler, problemHandler } from './problem';
import { requestLogger } from './request-log';
import { requestContextMiddleware } from './request-context';

export type ReadinessCheck = () => Promise<boolean>;

export interface HttpAppOptions {
  logger: Logger;
  bodyLimit?: string;
  /** Named dependency checks for /readyz (database, broker...). */
  readiness?: Record<string, ReadinessCheck>;
  /** Mounts the service's routes. */
  routes: (app: Express) => void;
  /** Called after every successful (2xx) POST, PUT, PATCH or DELETE response: the host wakes its outbox relay. */
  onWrite?: () => void;
  /**
   * Names a dependency known to be down right now (the database driver lost its server), if any:
   * requests then get a 503 at once instead of waiting for the driver's server selection (5 s).
   */
  unavailable?: () => string | undefined;
  /** Requests a route reads as bytes of any type (`bodyType: 'binary'`: file uploads), exempt from the JSON-only check. */
  acceptsRawBody?: (req: Request) => boolean;
}

/**
 * react-admin identifies every record by `id`; documents are stored with `_id`. Every JSON
 * response therefore carries `id` beside `_id` on any object that has an `_id` and no `id`.
 */
export function recordIdReplacer(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && '_id' in value && !('id' in value)) {
    return { id: (value as { _id: unknown })._id, ...value };
  }
  return value;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const CHANGING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Rejects a write whose body is not JSON, instead of silently treating it as empty (file uploads aside). */
const requireJson =
  (acceptsRawBody: (req: Request) => boolean = () => false): RequestHandler =>
  (req, _res, next) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (
      WRITE_METHODS.has(req.method) &&
      hasBody &&
      !req.is('application/json') &&
      !req.is('application/*+json') &&
      !req.is('text/csv') &&
      !acceptsRawBody(req)
    ) {
      return next(new AppError('unsupported_media_type', 'Send the body as application/json'));
    }
    next();
  };

/**
 * The express app every service starts from: security headers, request ids, structured logs
 * without bodies, JSON bodies with a size limit, /healthz and /readyz, the service's routes,
 * and problem+json errors.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('json replacer', recordIdReplacer);
  app.set('trust proxy', 'loopback');
  app.use(helmet());
  app.use(requestLogger(options.logger));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks: Record<string, boolean> = {};
    await Promise.all(
      Object.entries(options.readiness ?? {}).map(async ([name, check]) => {
        checks[name] = await check().catch(() => false);
      }),
    );
    const ready = Object.values(checks).every(Boolean);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks });
  });

  const unavailable = options.unavailable;
  if (unavailable) {
    app.use((_req, _res, next) => {
      const down = unavailable();
      next(down ? dependencyUnavailable(new Error(`${down} unavailable`)) : undefined);
    });
  }

  const onWrite = options.onWrite;
  if (onWrite) {
    // A successful write has usually stored events: publish them now rather than at the next poll.
    app.use((req, res, next) => {
      if (CHANGING_METHODS.has(req.method)) res.once('finish', () => res.statusCode >= 200 && res.statusCode < 300 && onWrite());
      next();
    });
  }
  app.use(requireJson(options.acceptsRawBody));
  app.use(express.json({ limit: options.bodyLimit ?? '100kb', type: ['application/json', 'application/*+json'] }));
  app.use(requestContextMiddleware);
  options.routes(app);
  app.use(notFoundHandler);
  app.use(problemHandler(options.logger));
  return app;
}
