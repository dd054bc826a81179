import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { AppError, notFound } from '@binome/errors';

export interface ConsoleStaticOptions {
  /** The console's build (`vite build` output: index.html and hashed assets/). */
  dir: string;
  keycloakUrl: string;
  territories: readonly string[];
  realms: readonly string[];
  clientId: string;
}

const REALM_LABELS: Record<string, string> = { national: 'Siège national', partners: 'Partenaires (entreprises, associations)' };
const label = (realm: string) => REALM_LABELS[realm] ?? realm[0].toUpperCase() + realm.slice(1);

/**
 * `/console/…`: the react-admin console. Hashed assets are cached for a year (a new build has new
 * names); index.html and config.json are revalidated on every load so a deployment is picked up at
 * once. Every other path under /console/ is index.html (the console routes in the browser). Its
 * CSP is the edge's 'self' policy plus two allowances: Keycloak's origin for the token calls
 * keycloak-js makes, and inline styles, which MUI's emotion injects at run time (scripts stay
 * 'self' only: no inline script, no eval).
 */
export function consoleStatic(options: ConsoleStaticOptions): Router {
  const router = Router();
  const keycloakOrigin = new URL(options.keycloakUrl).origin;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${keycloakOrigin}`,
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const config = {
    keycloakUrl: options.keycloakUrl,
    clientId: options.clientId,
    territories: options.territories,
    realms: [...options.realms.filter((r) => r === 'national'), ...options.territories, ...options.realms.filter((r) => r === 'partners')]
      .filter((r, i, all) => options.realms.includes(r) && all.indexOf(r) === i)
      .map((id) => ({ id, label: label(id) })),
    basePath: '/console',
  };
  const indexFile = join(options.dir, 'index.html');
  // Read at each load (a few hundred bytes): a rebuild is served without restarting the gateway.
  const indexHtml = () => (existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : undefined);

  router.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    next();
  });
  router.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(config);
  });
  router.use(
    '/assets',
    express.static(join(options.dir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
    (_req, _res, next) => next(notFound('Console asset')),
  );
  router.get('/{*path}', (req, res, next) => {
    if (req.originalUrl === '/console') return res.redirect(301, '/console/');
    const html = indexHtml();
    if (!html) return next(new AppError('unavailable', 'The console is not built: run `npx nx run console:build` (npm start does)'));
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
  return router;
}
