import mongoose, { type Connection } from 'mongoose';

export interface MongoOptions {
  /**
   * Connections of the pool (default 10), so that reads do not queue behind one another. The code
   * relies on single-document updates being atomic across connections and instances, as on
   * MongoDB and mongo-java-server (the default engine); FerretDB 1.x loses concurrent updates of one
   * document whatever the pool (tools/infra/README.md).
   */
  maxPoolSize?: number;
  /** Retryable writes need a MongoDB replica set; the embedded engines do not implement them. */
  retryWrites?: boolean;
  /** The longest an operation waits for a free connection of the pool (default 10 s), then fails. */
  waitQueueTimeoutMS?: number;
  /** The longest one command waits for the server's answer (default 20 s), then fails. */
  socketTimeoutMS?: number;
}

/**
 * Bounds below the gateway's PROXY_TIMEOUT_MS (30 s): a saturated pool or engine makes the request
 * fail as 503 `unavailable` (with Retry-After) while the service still can answer, instead of the
 * gateway's 504 while the service goes on working (and holding its locks) for nobody. The drivers'
 * defaults wait for ever (load profile, "Found under load").
 */
export const MONGO_WAIT_QUEUE_TIMEOUT_MS = 10_000;
export const MONGO_SOCKET_TIMEOUT_MS = 20_000;

/**
 * One connection pool per service, to the service's own database. Indexes are built explicitly at
 * start-up (`ensureIndexes`): unique keys guard idempotency, so they must exist before traffic.
 */
export async function connectMongo(url: string, database: string, options: MongoOptions = {}): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    dbName: database,
    serverSelectionTimeoutMS: 5_000,
    maxPoolSize: options.maxPoolSize ?? 10,
    waitQueueTimeoutMS: options.waitQueueTimeoutMS ?? MONGO_WAIT_QUEUE_TIMEOUT_MS,
    socketTimeoutMS: options.socketTimeoutMS ?? MONGO_SOCKET_TIMEOUT_MS,
    autoIndex: false,
    // Mongoose otherwise creates each model's collection on its own, unawaited, as the model is
    // compiled; a createIndex or a first insert at the same moment creates it too, and
    // mongo-java-server refuses the second creation ("… already existed in … system.namespaces",
    // seen once in CI). Collections are created by their first index or write instead.
    autoCreate: false,
    retryWrites: options.retryWrites ?? false,
  });
  await connection.asPromise();
  return connection;
}

export async function ensureIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) {
    await model.init();
    await model.createIndexes();
  }
}

export async function mongoReady(connection: Connection): Promise<boolean> {
  if (connection.readyState !== 1 || !connection.db) return false;
  await connection.db.admin().ping();
  return true;
}
