import type { Router } from 'express';
import spec from './openapi.json';
import { DOCS_CSS, DOCS_HTML, DOCS_JS } from './docs-page';

export const OPENAPI = spec;

/** The OpenAPI 3.1 document and a self-contained page listing its operations (no CDN). */
export function openApiRoutes(router: Router): void {
  router.get('/openapi.json', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json(spec);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(DOCS_HTML);
  });
  router.get('/docs/docs.js', (_req, res) => {
    res.type('application/javascript').send(DOCS_JS);
  });
  router.get('/docs/docs.css', (_req, res) => {
    res.type('text/css').send(DOCS_CSS);
  });
}
