import express, { Router, type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '@binome/errors';
import { notFoundHandler, problemHandler, routesOf, type ReadinessCheck } from '@binome/http-server';
import type { Logger } from '@binome/logging';
import type { GatewayConfig } from './gateway.config';
import { consoleCors } from './edge/cors';
import type { KeycloakEdge } from './edge/keycloak-edge';
import type { createProxy } from './edge/proxy';
import { rateLimit, TokenBucketLimiter } from './edge/rate-limit';
import { coarseAuthorize } from './edge/route-permissions';
import { openApiRoutes } from './openapi/openapi.routes';
import { webhookRoutes } from './webhooks/webhook.routes';
import type { WebhookStore } from './webhooks/webhook.store';

export interface GatewayAppParts {
  config: GatewayConfig;
  logger: Logger;
  edge: KeycloakEdge;
  proxy: ReturnType<typeof createProxy>;
  store: WebhookStore;
  readiness: Record<string, ReadinessCheck>;
}

/** '100kb' → bytes (the format HTTP_BODY_LIMIT is validated against). */
export function bytesOf(limit: string): number {
  const m = /^(\d+)(b|kb|mb)$/.exec(limit);
  if (!m) throw new Error(`not a size: ${limit}`);
  return Number(m[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[m[2] as 'b' | 'kb' | 'mb'];
}

/** express `trust proxy`: a hop count, true/false, or subnets / names such as loopback. */
function trustProxy(value: string): boolean | number | string {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

// Dot segments and doubled slashes have no business in an API path; refusing them keeps the
// edge's route checks and the service's routing looking at the same path.
const SUSPICIOUS_PATH = /(^|\/)\.{1,2}(\/|$)|%2e|%2f|%5c|\/\/|\\/i;

/**
 * The edge: security headers, request ids, CORS for the console, rate limits, the OpenAPI
 * document and its browsable page, the partners' webhook API, and `/api/<service>/…` streamed to
 * the owning service after authentication. Public: the application form (strictly rate-limited),
 * the OpenAPI document and page, and the probes.
 */
export function createGatewayApp(parts: GatewayAppParts): Express {
  const { config, logger, edge, proxy, store } = parts;
  const upstreams = new Map(Object.entries(config.gateway.upstreams).map(([name, url]) => [name, new URL(url)]));
  const applications = new TokenBucketLimiter({ perMinute: config.gateway.rateLimits.applicationsPerMinute });
  const general = new TokenBucketLimiter({ perMinute: config.gateway.rateLimits.perMinute });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy(config.gateway.trustProxy));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // Method, path and status only: query strings, bodies and tokens stay out of the logs.
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, path: String(req.url).split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(consoleCors(config.gateway.consoleOrigin));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks: Record<string, boolean> = {};
    await Promise.all(Object.entries(parts.readiness).map(async ([name, check]) => (checks[name] = await check().catch(() => false))));
    const ready = Object.values(checks).every(Boolean);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks });
  });

  const api = Router();
  api.use((req, _res, next) => (SUSPICIOUS_PATH.test(req.path) ? next(new AppError('validation_failed', 'The path is not canonical')) : next()));
  api.use(rateLimit(general, 'api'));
  const partners = webhookRoutes(store, { allowInsecureTargets: config.gateway.webhooks.allowInsecureTargets });
  openApiRoutes(api, {
    upstreams,
    own: () => [
      { prefix: '/api', routes: routesOf(api) },
      { prefix: '/api/partners', routes: routesOf(partners) },
    ],
    logger,
  });

  // Intake step 1 is public: anyone may apply, a few times a minute per IP.
  const recruitment = upstreams.get('recruitment');
  api.post('/recruitment/v1/applications', rateLimit(applications, 'applications'), (req, res, next) => {
    if (!recruitment) return next(notFound('Service recruitment'));
    proxy.forward(req, res, recruitment, req.url.replace(/^\/recruitment/, ''), 'recruitment');
  });

  api.use('/partners', edge.authenticate(), partners);

  api.use('/:service', (req: Request, res: Response, next: NextFunction) => {
    const service = String(req.params.service);
    const base = upstreams.get(service);
    if (!base) return next(notFound(`Service ${service}`));
    const authenticate = edge.authenticate();
    const authorize = coarseAuthorize(service, req.path);
    authenticate(req, res, (e1?: unknown) => {
      if (e1) return next(e1);
      authorize(req, res, (e2?: unknown) => (e2 ? next(e2) : proxy.forward(req, res, base, req.url, service)));
    });
  });

  app.use('/api', api);
  app.use(notFoundHandler);
  app.use(problemHandler(logger));
  return app;
}
