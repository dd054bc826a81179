import ConnectionString from 'mongodb-connection-string-url';
import { z } from 'zod';
import { csv, loadEnv, type EnvSource } from './load-config';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const port = () => z.coerce.number().int().min(0).max(65535);
const slug = /^[a-z][a-z0-9-]*$/;

/**
 * A connection string as the MongoDB driver reads it (its own parser): a replica set's seed list
 * (`mongodb://a:27017,b:27017/?replicaSet=rs0`) or `mongodb+srv://`, which a URL parser refuses.
 */
function isMongoConnectionString(value: string): boolean {
  try {
    new ConnectionString(value);
    return true;
  } catch {
    return false;
  }
}

/** Defaults every service passes: its name, database and ports. */
export interface ServiceDefaults {
  service: string;
  httpPort: number;
  grpcPort: number;
}

export interface ServiceConfig {
  service: string;
  env: 'development' | 'test' | 'production';
  logLevel: (typeof LOG_LEVELS)[number];
  http: { host: string; port: number; bodyLimit: string };
  grpc: { host: string; port: number };
  mongo: { url: string; database: string; maxPoolSize: number; retryWrites: boolean };
  /**
   * groupPrefix isolates consumer groups of environments or test runs sharing one cluster;
   * fromBeginning: where a group with no committed offset starts (true: the whole topic).
   */
  kafka: { brokers: string[]; clientId: string; groupPrefix: string; fromBeginning: boolean };
  keycloak: {
    url: string;
    /**
     * Where the service itself reaches Keycloak (key sets, token endpoint): KEYCLOAK_URL unless
     * KEYCLOAK_BACKCHANNEL_URL says otherwise (a cluster-internal address). Issuers stay `url`.
     */
    backchannelUrl: string;
    realms: string[];
    audience: string;
    serviceAccount: { realm: string; clientId: string; clientSecret: string };
  };
  /** Territories (tenants) this deployment serves; realms of the same name authenticate their staff. */
  territories: string[];
  telemetry: { otlpEndpoint: string | undefined };
  /** Addresses of the other services' gRPC servers, by service name. */
  peers: Record<string, string>;
}

/** Parses the service's environment. Nothing else in the code reads `process.env`. */
export function loadServiceConfig(defaults: ServiceDefaults, env: EnvSource = process.env): ServiceConfig {
  const e = loadEnv(
    {
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development').describe('runtime mode'),
      LOG_LEVEL: z.enum(LOG_LEVELS).default('info').describe('pino log level'),
      HTTP_HOST: z.string().min(1).default('127.0.0.1').describe('REST API listen address (0.0.0.0 in containers)'),
      GRPC_HOST: z.string().min(1).default('127.0.0.1').describe('gRPC listen address (0.0.0.0 in containers)'),
      HTTP_PORT: port().default(defaults.httpPort).describe('REST API port (0 = any free port)'),
      HTTP_BODY_LIMIT: z
        .string()
        .regex(/^\d+(b|kb|mb)$/)
        .default('100kb')
        .describe('largest accepted request body'),
      GRPC_PORT: port().default(defaults.grpcPort).describe('gRPC server port (0 = any free port)'),
      MONGO_URL: z
        .string()
        .refine(isMongoConnectionString, 'expected mongodb://host:port[,host:port…]/… or mongodb+srv://…')
        .default('mongodb://127.0.0.1:27027')
        .describe('MongoDB-protocol server URL'),
      MONGO_DB: z
        .string()
        .regex(/^[a-zA-Z0-9_-]+$/)
        .default(`binome_${defaults.service}`)
        .describe('database of this service'),
      MONGO_MAX_POOL_SIZE: z.coerce
        .number()
        .int()
        .min(1)
        .max(500)
        .default(10)
        .describe(
          'connections to the database (the engine must apply single-document updates atomically across connections, as MongoDB and mongo-java-server do)',
        ),
      MONGO_RETRY_WRITES: z
        .enum(['true', 'false'])
        .default('false')
        .describe('retryable writes (MongoDB replica sets; the embedded engines lack them)'),
      KAFKA_BROKERS: csv()
        .pipe(z.array(z.string().regex(/^[^:]+:\d+$/)).min(1))
        .default('127.0.0.1:19092')
        .describe('comma-separated host:port'),
      KAFKA_GROUP_PREFIX: z
        .string()
        .regex(/^[a-zA-Z0-9._-]*$/)
        .default('')
        .describe("prefix of this deployment's consumer group names"),
      KAFKA_NEW_GROUPS_FROM: z
        .enum(['earliest', 'latest'])
        .default('earliest')
        .describe(
          "where a consumer group with no committed offset starts: earliest (every event, as projections need) or latest (a test run on a broker that keeps earlier runs' messages)",
        ),
      KEYCLOAK_URL: z.string().url().default('http://127.0.0.1:18080').describe('Keycloak base URL, as in token issuers'),
      KEYCLOAK_BACKCHANNEL_URL: z
        .string()
        .url()
        .optional()
        .describe("where services reach Keycloak (JWKS, tokens), when not KEYCLOAK_URL; issuers stay KEYCLOAK_URL's"),
      SERVICE_ACCOUNT_REALM: z.string().regex(slug).default('national').describe('realm of the service account used between services'),
      SERVICE_ACCOUNT_CLIENT_ID: z.string().min(1).default('binome-services').describe('client id of the service account'),
      SERVICE_ACCOUNT_CLIENT_SECRET: z
        .string()
        .min(1)
        .default('binome-services-dev-secret')
        .describe('client secret of the service account (dev default; set a secret in production)'),
      KEYCLOAK_AUDIENCE: z.string().min(1).default('binome-api').describe('audience every access token must carry'),
      TERRITORIES: csv()
        .pipe(z.array(z.string().regex(slug)).min(1))
        .default('paris,rennes,tours')
        .describe('territory ids served'),
      EXTRA_REALMS: csv()
        .pipe(z.array(z.string().regex(slug)))
        .default('national,partners')
        .describe('non-territory realms trusted'),
      OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional().describe('OTLP/HTTP endpoint; traces are off when unset'),
      PEERS: csv()
        .pipe(z.array(z.string().regex(/^[a-z-]+=[^=]+:\d+$/, 'expected service=host:port')))
        .default(
          'recruitment=127.0.0.1:50101,matching=127.0.0.1:50102,scheduling=127.0.0.1:50103,workshops=127.0.0.1:50104,resources=127.0.0.1:50105,impact=127.0.0.1:50106',
        )
        .describe('gRPC peers as service=host:port, comma-separated'),
    },
    env,
  );
  return {
    service: defaults.service,
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT, bodyLimit: e.HTTP_BODY_LIMIT },
    grpc: { host: e.GRPC_HOST, port: e.GRPC_PORT },
    mongo: { url: e.MONGO_URL, database: e.MONGO_DB, maxPoolSize: e.MONGO_MAX_POOL_SIZE, retryWrites: e.MONGO_RETRY_WRITES === 'true' },
    kafka: {
      brokers: e.KAFKA_BROKERS,
      clientId: `binome-${defaults.service}`,
      groupPrefix: e.KAFKA_GROUP_PREFIX,
      fromBeginning: e.KAFKA_NEW_GROUPS_FROM === 'earliest',
    },
    keycloak: {
      url: e.KEYCLOAK_URL.replace(/\/$/, ''),
      backchannelUrl: (e.KEYCLOAK_BACKCHANNEL_URL ?? e.KEYCLOAK_URL).replace(/\/$/, ''),
      realms: [...e.TERRITORIES, ...e.EXTRA_REALMS],
      audience: e.KEYCLOAK_AUDIENCE,
      serviceAccount: {
        realm: e.SERVICE_ACCOUNT_REALM,
        clientId: e.SERVICE_ACCOUNT_CLIENT_ID,
        clientSecret: e.SERVICE_ACCOUNT_CLIENT_SECRET,
      },
    },
    territories: e.TERRITORIES,
    telemetry: { otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT },
    peers: Object.fromEntries(e.PEERS.map((p) => p.split('=') as [string, string])),
  };
}
