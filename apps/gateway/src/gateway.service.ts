import type { Express } from 'express';
import type { Admin } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { Logger } from '@binome/logging';
import { createKafka, deadLetterTopic, ensureTopics, EventConsumer, kafkaReady } from '@binome/events';
import { startHttpServer, type RunningHttpServer } from '@binome/http-server';
import { connectMongo, ensureIndexes, mongoReady, MongoProcessedEventStore } from '@binome/persistence';
import type { GatewayConfig } from './gateway.config';
import { bytesOf, createGatewayApp } from './gateway.app';
import { KeycloakEdge } from './edge/keycloak-edge';
import { createProxy } from './edge/proxy';
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
 * Composition root of the gateway. It does not use service-host: the edge must not parse bodies
 * (it streams them to the services) and has no gRPC server or outbox; it starts its database,
 * its referral consumer and webhook dispatcher, then the HTTP edge, and stops in reverse.
 */
export function createGateway(config: GatewayConfig, logger: Logger, options: GatewayOptions = {}) {
  let connection: Connection | undefined;
  let admin: Admin | undefined;
  let consumer: EventConsumer | undefined;
  let dispatcher: DeliveryDispatcher | undefined;
  let http: RunningHttpServer | undefined;
  let proxy: ReturnType<typeof createProxy> | undefined;
  let store: WebhookStore | undefined;
  let app: Express | undefined;

  return {
    async start(): Promise<{ httpPort: number }> {
      connection = await connectMongo(config.mongo.url, config.mongo.database, config.mongo);
      store = new WebhookStore(connection);
      await ensureIndexes(connection);

      const kafka = createKafka(config.kafka.clientId, config.kafka.brokers, logger);
      admin = kafka.admin();
      await admin.connect();
      const spec = referralFeedConsumer(store, logger, () => dispatcher?.nudge(), options.group ?? WEBHOOKS_GROUP, options.referralsTopic);
      const group = `${config.kafka.groupPrefix}${spec.group}`;
      await ensureTopics(admin, [...spec.topics, deadLetterTopic(group)]);

      dispatcher = new DeliveryDispatcher(store, config.gateway.webhooks, logger);
      dispatcher.start();
      consumer = new EventConsumer({ kafka, group, topics: spec.topics, handlers: spec.handlers, processed: new MongoProcessedEventStore(connection), logger });
      await consumer.start();

      const edge = new KeycloakEdge({ url: config.keycloak.url, realms: config.keycloak.realms, audience: config.keycloak.audience, territories: config.territories });
      proxy = createProxy({ timeoutMs: config.gateway.proxyTimeoutMs, bodyLimitBytes: bytesOf(config.http.bodyLimit), logger });
      const db = connection;
      const readyAdmin = admin;
      const running = { consumer, dispatcher };
      app = createGatewayApp({
        config,
        logger,
        edge,
        proxy,
        store,
        readiness: {
          database: () => mongoReady(db),
          broker: () => kafkaReady(readyAdmin),
          webhooks: async () => running.consumer.isRunning() && running.dispatcher.isRunning(),
        },
      });
      http = await startHttpServer(app, config.http.port, config.http.host);
      return { httpPort: http.port };
    },

    async stop(): Promise<void> {
      await http?.close();
      proxy?.close();
      await consumer?.stop();
      await dispatcher?.stop();
      await admin?.disconnect();
      await connection?.close();
    },

    /** The webhook collections (tests inspect delivery records). */
    store(): WebhookStore {
      if (!store) throw new Error('gateway not started');
      return store;
    },

    /** The started HTTP app (tests walk its routes against the OpenAPI document). */
    httpApp(): Express {
      if (!app) throw new Error('gateway not started');
      return app;
    },

    connection(): Connection {
      if (!connection) throw new Error('gateway not started');
      return connection;
    },
  };
}
