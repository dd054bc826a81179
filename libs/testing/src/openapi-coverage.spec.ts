import express from 'express';
import { expressRoutes } from './express-routes';
import { undocumentedRoutes } from './openapi-coverage';

function app() {
  const a = express();
  const inner = express.Router();
  inner.get('/webhooks/:id', (_q, s) => s.end());
  inner
    .route('/webhooks')
    .get((_q, s) => s.end())
    .post((_q, s) => s.end());
  const outer = express.Router();
  outer.use('/partners', inner);
  a.use('/api', outer);
  a.get('/healthz', (_q, s) => s.end());
  a.use((_q, _s, next) => next());
  return a;
}

const op = (...path: string[]) => ({ parameters: path.map((name) => ({ in: 'path', name })), responses: {} });

describe('route coverage of an OpenAPI document', () => {
  it('When routers are nested under mount paths, then every route is listed with its full path', () => {
    expect(expressRoutes(app())).toEqual([
      { method: 'GET', path: '/api/partners/webhooks/:id' },
      { method: 'GET', path: '/api/partners/webhooks' },
      { method: 'POST', path: '/api/partners/webhooks' },
      { method: 'GET', path: '/healthz' },
    ]);
  });

  it('When every route is documented as served, then nothing is reported', () => {
    const doc = { paths: { '/api/partners/webhooks/{id}': { get: op('id') }, '/api/partners/webhooks': { get: op(), post: op() } } };
    expect(undocumentedRoutes(expressRoutes(app()), doc, { ignore: ['/healthz'] })).toEqual([]);
  });

  it('When a route is missing, documented with another method or other path parameters, or documented and not served, then each is named', () => {
    const doc = {
      paths: {
        '/api/partners/webhooks/{id}': { get: op('webhookId') },
        '/api/partners/webhooks': { get: op(), put: op() },
        '/api/partners/gone': { delete: op() },
      },
    };
    expect(undocumentedRoutes(expressRoutes(app()), doc)).toEqual([
      'GET /api/partners/webhooks/{id}: path parameters documented as [webhookId], served as [id]',
      'POST /api/partners/webhooks: not documented (documented: GET, PUT)',
      'GET /healthz: not documented',
      'PUT /api/partners/webhooks: documented but not served',
      'DELETE /api/partners/gone: documented but not served',
    ]);
  });
});
