import { Router, type Express, type Request } from 'express';
import type { Connection } from 'mongoose';
import type { Kafka, Admin } from 'kafkajs';
import type { ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import type { ServiceConfig } from '@binome/config';
import type { Logger } from '@binome/logging';
import { authenticate, tokenVerifierOf, type TokenVerifier } from '@binome/auth';
import {
  createKafka,
  deadLetterTopic,
  ensureTopics,
  EventConsumer,
  EventPublisher,
  kafkaReady,
  TOPICS,
  type EventHandler,
} from '@binome/events';
import {
  createHttpApp,
  openApiDocument,
  openApiRoute,
  rawBodyMatcher,
  routesOf,
  startHttpServer,
  type OpenApiDocument,
  type ReadinessCheck,
  type RunningHttpServer,
} from '@binome/http-server';
import { startGrpcServer, type RunningGrpcServer } from '@binome/grpc';
import { connectMongo, ensureIndexes, mongoReady, MongoProcessedEventStore, onOutboxWrite } from '@binome/persistence';
import { OutboxRelay } from '@binome/outbox';
import type { mongo } from 'mongoose';

export interface ServiceContext {
  config: ServiceConfig;
  logger: Logger;
  connection: Connection;
  kafka: Kafka;
  verifier: TokenVerifier;
}

export interface ConsumerSpec {
  group: string;
  topics: string[];
  handlers: EventHandler<unknown>[];
}

/** A background loop of the service (a dispatcher, a sweeper): started after the consumers, stopped before them. */
export interface Worker {
  start(): void | Promise<void>;
  stop(): void | Promise<void>;
  /** Reported by /readyz when present. */
  isRunning?(): boolean;
}

/** What a service plugs into the host; built once the database connection exists. */
export interface ServiceParts {
  /** Routes open to anyone (e.g. the public application form). */
  publicRoutes?: (router: Router) => void;
  /** Routes behind a verified bearer token; `res.locals.principal` is set. */
  routes?: (router: Router) => void;
  grpc?: { definition: ServiceDefinition; implementation: UntypedServiceImplementation }[];
  /** Collections whose documents carry outbox entries (`Model.collection`). */
  outbox?: mongo.Collection[];
  /** Topics this service publishes to (created at start if missing). */
  topics?: string[];
  consumers?: ConsumerSpec[];
  workers?: Worker[];
  /**
   * The whole HTTP app instead of the host's JSON one, given the host's readiness checks: the
   * gateway streams bodies to the services and must not parse them. `publicRoutes`/`routes` are
   * then unused.
   */
  httpApp?: (readiness: Record<string, ReadinessCheck>) => Express;
}

export interface ServiceHost {
  start(): Promise<{ httpPort: number; grpcPort: number }>;
  stop(): Promise<void>;
  context(): ServiceContext;
  /** The started HTTP app (tests walk its routes: OpenAPI coverage, generated bad input). */
  httpApp(): Express;
}

/**
 * The composition root every service shares: database, broker, token verifier, outbox relay,
 * consumers, gRPC and HTTP servers, started in dependency order and stopped in reverse, so a
 * SIGTERM drains in-flight work before connections close. The relay is woken by every write that
 * stores events (the repositories name the document, and the relay publishes it by `_id`; no route
 * or use case nudges it), and polls for the rest (another instance's leftovers); the routes
 * registered with `route()` are served as an OpenAPI document at `GET /openapi.json`.
 */
export function createServiceHost(config: ServiceConfig, logger: Logger, build: (ctx: ServiceContext) => ServiceParts): ServiceHost {
  let ctx: ServiceContext | undefined;
  let admin: Admin | undefined;
  let publisher: EventPublisher | undefined;
  let relay: OutboxRelay | undefined;
  let stopSignal: (() => void) | undefined;
  let consumers: EventConsumer[] = [];
  let workers: Worker[] = [];
  let http: RunningHttpServer | undefined;
  let httpApp: Express | undefined;
  let grpc: RunningGrpcServer | undefined;

  return {
    context() {
      if (!ctx) throw new Error('service not started');
      return ctx;
    },

    httpApp() {
      if (!httpApp) throw new Error('service not started');
      return httpApp;
    },

    async start() {
      const connection = await connectMongo(config.mongo.url, config.mongo.database, config.mongo);
      const kafka = createKafka(config.kafka.clientId, config.kafka.brokers, logger);
      const verifier = tokenVerifierOf(config);
      ctx = { config, logger, connection, kafka, verifier };
      const parts = build(ctx);
      await ensureIndexes(connection);

      admin = kafka.admin();
      await admin.connect();
      const consumerSpecs = (parts.consumers ?? []).map((c) => ({ ...c, group: `${config.kafka.groupPrefix}${c.group}` }));
      await ensureTopics(admin, [...(parts.topics ?? []), ...consumerSpecs.flatMap((c) => [...c.topics, deadLetterTopic(c.group)])]);

      if (parts.outbox?.length) {
        publisher = new EventPublisher(kafka);
        await publisher.connect();
        relay = new OutboxRelay({ collections: parts.outbox, publisher, logger });
        relay.start();
      }

      const processed = new MongoProcessedEventStore(connection);
      // Every write that stores events names its document, and the relay publishes it by `_id`.
      if (relay) {
        const r = relay;
        stopSignal = onOutboxWrite((written) => r.nudge(written));
      }
      consumers = consumerSpecs.map(
        (c) =>
          new EventConsumer({
            kafka,
            group: c.group,
            topics: c.topics,
            handlers: c.handlers,
            processed,
            logger,
            fromBeginning: config.kafka.fromBeginning,
          }),
      );
      for (const c of consumers) await c.start();
      workers = parts.workers ?? [];
      for (const w of workers) await w.start();

      grpc = parts.grpc?.length ? await startGrpcServer(parts.grpc, config.grpc.host, config.grpc.port) : undefined;

      const readyAdmin = admin;
      const running = workers.filter((w) => w.isRunning);
      const readiness: Record<string, ReadinessCheck> = {
        database: () => mongoReady(connection),
        broker: () => kafkaReady(readyAdmin),
        ...(consumers.length ? { consumers: async () => consumers.every((c) => c.isRunning()) } : {}),
        ...(running.length ? { workers: async () => running.every((w) => w.isRunning?.()) } : {}),
      };
      const open = Router();
      const secured = Router();
      let acceptsRawBody: ((req: Request) => boolean) | undefined;
      const app = parts.httpApp
        ? parts.httpApp(readiness)
        : createHttpApp({
            logger,
            bodyLimit: config.http.bodyLimit,
            readiness,
            // Fail fast while the driver knows the database is unreachable (it says so as soon as
            // a connection to it breaks); requests in flight then end as 503 too (problem handler).
            unavailable: () => (connection.readyState === 1 ? undefined : 'database'),
            // Built on first request, once every route is registered.
            acceptsRawBody: (req) => (acceptsRawBody ??= rawBodyMatcher([...routesOf(open), ...routesOf(secured)]))(req),
            routes: (a) => {
              parts.publicRoutes?.(open);
              let document: OpenApiDocument | undefined;
              openApiRoute(open, () => {
                // Built once, on first request: every route is registered by then.
                document ??= openApiDocument([...routesOf(open), ...routesOf(secured)], { title: `Binôme ${config.service}` });
                return document;
              });
              a.use(open);
              if (parts.routes) {
                secured.use(authenticate(verifier));
                parts.routes(secured);
                a.use(secured);
              }
            },
          });
      httpApp = app;
      http = await startHttpServer(app, config.http.port, config.http.host);
      return { httpPort: http.port, grpcPort: grpc?.port ?? 0 };
    },

    async stop() {
      await http?.close();
      await grpc?.stop();
      for (const w of [...workers].reverse()) await w.stop();
      for (const c of consumers) await c.stop();
      stopSignal?.();
      await relay?.stop();
      await publisher?.disconnect();
      await admin?.disconnect();
      await ctx?.connection.close();
    },
  };
}

export { TOPICS };
