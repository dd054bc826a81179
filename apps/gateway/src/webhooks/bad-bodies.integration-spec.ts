import pino from 'pino';
import type { Connection } from 'mongoose';
import { startHttpServer, type RunningHttpServer } from '@binome/http-server';
import { connectMongo, ensureIndexes } from '@binome/persistence';
import { badBodyReport, expressRoutes, sendGarbageToWriteRoutes, testServiceEnv, userToken, WRITE_METHODS } from '@binome/testing';
import { loadGatewayConfig } from '../gateway.config';
import { bytesOf, createGatewayApp } from '../gateway.app';
import { KeycloakEdge } from '../edge/keycloak-edge';
import { createProxy } from '../edge/proxy';
import { WebhookStore } from './webhook.store';
import { RateLimitStore } from '../edge/rate-limit.store';

/**
 * Bad input is a 4xx problem+json, never a 500: every JSON write route the gateway serves itself
 * (the partners' webhook API under /api/partners, listed from the app, not by hand) receives
 * bodies whose Content-Encoding (gzip, deflate, br) does not match their bytes, with a real
 * partner token. The proxied routes are the services' and are covered by their own specs.
 */
describe('gateway: garbage compressed bodies on its own write routes', () => {
  const log = pino({ level: 'silent' });
  const config = loadGatewayConfig(testServiceEnv('gateway', { LOG_LEVEL: 'silent' }));
  let connection: Connection;
  let proxy: ReturnType<typeof createProxy>;
  let http: RunningHttpServer;
  let app: ReturnType<typeof createGatewayApp>;

  beforeAll(async () => {
    connection = await connectMongo(config.mongo.url, config.mongo.database, config.mongo);
    const store = new WebhookStore(connection);
    const rateLimitStore = new RateLimitStore(connection);
    await ensureIndexes(connection);
    const edge = new KeycloakEdge({
      url: config.keycloak.url,
      realms: config.keycloak.realms,
      audience: config.keycloak.audience,
      territories: config.territories,
    });
    proxy = createProxy({ timeoutMs: config.gateway.proxyTimeoutMs, bodyLimitBytes: bytesOf(config.http.bodyLimit), logger: log });
    app = createGatewayApp({ config, logger: log, edge, proxy, store, rateLimitStore, readiness: {} });
    http = await startHttpServer(app, 0, '127.0.0.1');
  });

  afterAll(async () => {
    await http?.close();
    proxy?.close();
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('When a webhook write route receives a body that is not the compressed data its Content-Encoding claims, then it answers 4xx problem+json, never 5xx', async () => {
    const routes = expressRoutes(app).filter((r) => r.path.startsWith('/api/partners/'));
    expect(routes.filter((r) => WRITE_METHODS.has(r.method))).toEqual(
      expect.arrayContaining([{ method: 'POST', path: '/api/partners/webhooks' }]),
    );
    const outcomes = await sendGarbageToWriteRoutes(`http://127.0.0.1:${http.port}`, routes, {
      token: await userToken('partners', 'ngo-cirefe'),
    });
    expect(badBodyReport('gateway', outcomes)).toEqual([]);
  });
});
