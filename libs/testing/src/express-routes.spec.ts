import express, { Router } from 'express';
import { expressRoutes } from './express-routes';

describe('expressRoutes', () => {
  it('When routes sit on the app, in routers mounted at the root and under paths, nested, then each is listed once with its full path and methods', () => {
    const app = express();
    app.use(express.json());
    app.get('/healthz', (_req, res) => res.end());
    const open = Router();
    open.post('/v1/applications', (_req, res) => res.end());
    app.use(open);
    const api = Router();
    const partners = Router();
    partners
      .route('/webhooks')
      .get((_req, res) => res.end())
      .post((_req, res) => res.end());
    partners.delete('/webhooks/:id', (_req, res) => res.end());
    api.use('/partners', partners);
    api.put('/v1/territories/:territoryId/scoring-weights', (_req, res) => res.end());
    app.use('/api', api);
    app.use(open);

    expect(expressRoutes(app)).toEqual([
      { method: 'GET', path: '/healthz' },
      { method: 'POST', path: '/v1/applications' },
      { method: 'GET', path: '/api/partners/webhooks' },
      { method: 'POST', path: '/api/partners/webhooks' },
      { method: 'DELETE', path: '/api/partners/webhooks/:id' },
      { method: 'PUT', path: '/api/v1/territories/:territoryId/scoring-weights' },
    ]);
  });
});
