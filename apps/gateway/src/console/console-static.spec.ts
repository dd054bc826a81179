import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { problemHandler } from '@binome/http-server';
import { createLogger } from '@binome/logging';
import { consoleStatic } from './console-static';

function appWith(dir: string) {
  const app = express();
  app.use(
    '/console',
    consoleStatic({
      dir,
      keycloakUrl: 'http://127.0.0.1:18080',
      territories: ['paris', 'rennes'],
      realms: ['paris', 'rennes', 'national', 'partners'],
      clientId: 'console',
    }),
  );
  app.use(problemHandler(createLogger('test', 'silent')));
  return app;
}

describe('the console served by the gateway', () => {
  const dir = mkdtempSync(join(tmpdir(), 'console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/console/assets/index-abc.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  const app = appWith(dir);

  it('When a console route is loaded, then index.html is served, revalidated each time, under a CSP that allows Keycloak and no inline script', async () => {
    for (const path of ['/console/', '/console/candidates/42/show']) {
      const res = await request(app).get(path).expect(200);
      expect(res.type).toBe('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("connect-src 'self' http://127.0.0.1:18080");
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('When a hashed asset is fetched, then it is cached for a year as immutable; an unknown one is a 404 problem', async () => {
    const res = await request(app).get('/console/assets/index-abc.js').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await request(app).get('/console/assets/index-old.js').expect(404);
    expect(missing.type).toBe('application/problem+json');
  });

  it('When the console starts, then config.json names Keycloak, the client and the realms, HQ first and partners last', async () => {
    const res = await request(app).get('/console/config.json').expect(200);
    expect(res.body).toEqual({
      keycloakUrl: 'http://127.0.0.1:18080',
      clientId: 'console',
      territories: ['paris', 'rennes'],
      realms: [
        { id: 'national', label: 'Siège national' },
        { id: 'paris', label: 'Paris' },
        { id: 'rennes', label: 'Rennes' },
        { id: 'partners', label: 'Partenaires (entreprises, associations)' },
      ],
      basePath: '/console',
    });
  });

  it('When the console is not built, then a clear 503 says how to build it', async () => {
    const res = await request(appWith(join(dir, 'nowhere')))
      .get('/console/')
      .expect(503);
    expect(res.body.detail).toContain('console:build');
  });
});
