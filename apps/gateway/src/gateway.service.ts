import type { Connection } from 'mongoose';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import type { GatewayConfig } from './gateway.config';
import { bytesOf, createGatewayApp } from './gateway.app';
import { KeycloakEdge } from './edge/keycloak-edge';
import { createProxy } from './edge/proxy';
import { RateLimitStore } from './edge/rate-limit.store';
import { DeliveryDispatcher } from './webhooks/delivery.dispatcher';
import { referralFeedConsumer, WEBHOOKS_GROUP } from './webhooks/referral-feed.consumer';
import { WebhookStore } from './webhooks/webhook.store';

export interface GatewayOptions {
  /** Consumer group of the referral feed; tests use their own. */
  group?: string;
  /** The referral topic; tests use their own. */
  referralsTopic?: string;
}

/**
 * Composition root of the gateway, on the same host as every service (database, broker, the
 * referral consumer, start in dependency order and stop in reverse). Two things differ: the edge
 * brings its own HTTP app (`httpApp`: it streams bodies to the services and must not parse them),
 * and its background loops — the webhook dispatcher and the rate-limit store's sweeper — are
 * the host's workers. It has no gRPC server and no outbox.
 */
export function createGateway(config: GatewayConfig, logger: Logger, options: GatewayOptions = {}) {
  let store: WebhookStore | undefined;

  const host = createServiceHost(config, logger, (ctx) => {
    const webhooks = new WebhookStore(ctx.connection);
    store = webhooks;
    const rateLimitStore = new RateLimitStore(ctx.connection);
    const dispatcher = new DeliveryDispatcher(webhooks, config.gateway.webhooks, logger);
    const feed = referralFeedConsumer(webhooks, logger, () => dispatcher.nudge(), options.group ?? WEBHOOKS_GROUP, options.referralsTopic);
    const edge = new KeycloakEdge({
      url: config.keycloak.url,
      backchannelUrl: config.keycloak.backchannelUrl,
      realms: config.keycloak.realms,
      audience: config.keycloak.audience,
      territories: config.territories,
    });
    const streaming = createProxy({ timeoutMs: config.gateway.proxyTimeoutMs, bodyLimitBytes: bytesOf(config.http.bodyLimit), logger });
    return {
      consumers: [feed],
      workers: [
        { start: () => rateLimitStore.start(logger), stop: () => rateLimitStore.stop() },
        dispatcher,
        // The proxy's keep-alive agents close after the HTTP server stopped taking requests.
        { start: () => undefined, stop: () => streaming.close() },
      ],
      httpApp: (readiness) => createGatewayApp({ config, logger, edge, proxy: streaming, store: webhooks, rateLimitStore, readiness }),
    };
  });

  return {
    async start(): Promise<{ httpPort: number }> {
      const { httpPort } = await host.start();
      return { httpPort };
    },

    stop: () => host.stop(),

    /** The webhook collections (tests inspect delivery records). */
    store(): WebhookStore {
      if (!store) throw new Error('gateway not started');
      return store;
    },

    connection(): Connection {
      return host.context().connection;
    },

    /** The edge's HTTP app (tests walk its routes against its OpenAPI document). */
    httpApp: () => host.httpApp(),
  };
}
