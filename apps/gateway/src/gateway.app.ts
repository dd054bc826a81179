import express, { Router, type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppError, notFound } from '@binome/errors';
import { notFoundHandler, problemHandler, requestLogger, routesOf, type ReadinessCheck } from '@binome/http-server';
import type { Logger } from '@binome/logging';
import type { GatewayConfig } from './gateway.config';
import { consoleCors } from './edge/cors';
import type { KeycloakEdge } from './edge/keycloak-edge';
import type { createProxy } from './edge/proxy';
import { bodyLimitOf } from './edge/body-limits';
import { rateLimit, SharedRateLimiter, type WindowCounters } from './edge/rate-limit';
import { coarseAuthorize } from './edge/route-permissions';
import { openApiRoutes } from './openapi/openapi.routes';
import { publicPages } from './public-pages/public-pages.routes';
import { webhookRoutes } from './webhooks/webhook.routes';
import { consoleStatic } from './console/console-static';
import type { WebhookStore } from './webhooks/webhook.store';

export interface GatewayAppParts {
  config: GatewayConfig;
  logger: Logger;
  edge: KeycloakEdge;
  proxy: ReturnType<typeof createProxy>;
  store: WebhookStore;
  /** The counters every gateway instance shares (rate_limit_windows). */
  rateLimitStore: WindowCounters;
  readiness: Record<string, ReadinessCheck>;
}

export { bytesOf } from './edge/body-limits';

// Dot segments and doubled slashes have no business in an API path; refusing them keeps the
// edge's route checks and the service's routing looking at the same path.
const SUSPICIOUS_PATH = /(^|\/)\.{1,2}(\/|$)|%2e|%2f|%5c|\/\/|\\/i;
// The only shape scheduling issues (32 random bytes, base64url: `newFeedToken`); anything else is
// answered here, without a round trip.
const CALENDAR_FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;
// resources' public badge routes (issuer, JWKS, status list, achievements, verification pages, OB 2.0).
const PUBLIC_BADGE_PATH = /^\/v1\/public\/[A-Za-z0-9/_-]+$/;

/**
 * The edge: security headers, request ids, CORS for the console, rate limits, the OpenAPI
 * document and its browsable page, the partners' webhook API, and `/api/<service>/…` streamed to
 * the owning service after authentication. Public: the application page and its form post, the
 * volunteers' page, the application API (both strictly rate-limited, one budget),
 * a person's iCalendar feed (its token is the credential), badge verification (issuer, JWKS,
 * status list, verification pages), the OpenAPI document and page, and the
 * probes.
 */
export function createGatewayApp(parts: GatewayAppParts): Express {
  const { config, logger, edge, proxy, store } = parts;
  const upstreams = new Map(Object.entries(config.gateway.upstreams).map(([name, url]) => [name, new URL(url)]));
  const limits = config.gateway.rateLimits;
  const shared = (name: string, limit: number) =>
    new SharedRateLimiter({
      policy: { name, limit, windowSeconds: 60 },
      store: parts.rateLimitStore,
      logger,
      storeTimeoutMs: limits.storeTimeoutMs,
    });
  const applications = shared('applications', limits.applicationsPerMinute);
  const calendarFeeds = shared('calendar-feeds', limits.calendarFeedsPerMinute);
  const general = shared('api', limits.perMinute);

  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the configured proxies (the ingress), never from any
  // local peer: otherwise each invented address would be a fresh rate-limit bucket.
  app.set('trust proxy', config.gateway.trustedProxies.length ? config.gateway.trustedProxies : false);
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
  app.use(requestLogger(logger));
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

  // The refugees' application page and the volunteers' page: HTML for phones, no sign-in.
  app.use(
    publicPages({
      territories: config.territories,
      recruitment: upstreams.get('recruitment'),
      applications,
      timeoutMs: config.gateway.proxyTimeoutMs,
      logger,
    }),
  );

  const api = Router();
  api.use((req, _res, next) =>
    SUSPICIOUS_PATH.test(req.path) ? next(new AppError('validation_failed', 'The path is not canonical')) : next(),
  );
  api.use(rateLimit(general));
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
  api.post('/recruitment/v1/applications', rateLimit(applications), (req, res, next) => {
    if (!recruitment) return next(notFound('Service recruitment'));
    proxy.forward(req, res, recruitment, req.url.replace(/^\/recruitment/, ''), 'recruitment');
  });
  // An employee's offer to volunteer is public too, within the same budget per IP.
  api.post('/recruitment/v1/volunteer-interests', rateLimit(applications), (req, res, next) => {
    if (!recruitment) return next(notFound('Service recruitment'));
    proxy.forward(req, res, recruitment, req.url.replace(/^\/recruitment/, ''), 'recruitment', undefined, { anonymous: true });
  });

  // Links whose token in the path is the credential, checked by the owning service: a calendar
  // app subscribes with a URL and sends no bearer; a person taps an email's one-tap answer or
  // opens their survey link without an account. Tokens of the issued shape only, the feeds' rate
  // limit, no Authorization forwarded. GET is matched as GET only (HEAD and the rest of a feed's
  // methods go the authenticated way).
  const tokenLink =
    (service: string, what: string) =>
    (req: Request, res: Response, next: NextFunction): void => {
      const base = upstreams.get(service);
      if (!base) return next(notFound(`Service ${service}`));
      if (!CALENDAR_FEED_TOKEN.test(String(req.params.token))) return next(notFound(what));
      proxy.forward(req, res, base, req.url.slice(service.length + 1), service, undefined, { anonymous: true });
    };
  const getOnly = (req: Request, _res: Response, next: NextFunction) => next(req.method === 'GET' ? undefined : 'route');
  api.get('/scheduling/v1/calendar-feeds/:token', getOnly, rateLimit(calendarFeeds), tokenLink('scheduling', 'Calendar feed'));
  api.get('/scheduling/v1/answers/:token', getOnly, rateLimit(calendarFeeds), tokenLink('scheduling', 'Link'));
  api.get('/impact/v1/survey-links/:token', getOnly, rateLimit(calendarFeeds), tokenLink('impact', 'Survey link'));
  api.post('/impact/v1/survey-links/:token/answers', rateLimit(calendarFeeds), tokenLink('impact', 'Survey link'));

  api.use('/partners', edge.authenticate(), partners);

  api.use('/:service', (req: Request, res: Response, next: NextFunction) => {
    const service = String(req.params.service);
    const base = upstreams.get(service);
    if (!base) return next(notFound(`Service ${service}`));
    // Badge verification is public: anyone holding a credential checks it against the issuer's
    // profile, JWKS, status list, verification page and hosted assertions without an account.
    // GET only, no Authorization forwarded; every other path of resources needs a token.
    if (service === 'resources' && req.method === 'GET' && PUBLIC_BADGE_PATH.test(req.path))
      return proxy.forward(req, res, base, req.url, service, undefined, { anonymous: true });
    const authenticate = edge.authenticate();
    const authorize = coarseAuthorize(service, req.path);
    authenticate(req, res, (e1?: unknown) => {
      if (e1) return next(e1);
      authorize(req, res, (e2?: unknown) =>
        e2 ? next(e2) : proxy.forward(req, res, base, req.url, service, bodyLimitOf(service, req.method, req.path)),
      );
    });
  });

  app.use('/api', api);
  app.use(
    '/console',
    consoleStatic({
      dir: config.gateway.consoleDir,
      keycloakUrl: config.keycloak.url,
      territories: config.territories,
      realms: config.keycloak.realms,
      clientId: config.gateway.consoleClientId,
    }),
  );
  app.use(notFoundHandler);
  app.use(problemHandler(logger));
  return app;
}
