import mongoose, { type Connection } from 'mongoose';

export interface MongoOptions {
  /**
   * FerretDB 1.x applies an update as read-modify-write without isolation, so two concurrent
   * updates of one document over two connections can lose one (measured: 5 of 100 `$inc` kept with
   * 20 connections, 100 of 100 with one). With one connection the process's commands are applied in
   * order. On MongoDB, where single-document updates are atomic, raise it.
   */
  maxPoolSize?: number;
  /** Retryable writes need a MongoDB replica set; FerretDB does not implement them. */
  retryWrites?: boolean;
}

/**
 * One connection pool per service, to the service's own database. Indexes are built explicitly at
 * start-up (`ensureIndexes`): unique keys guard idempotency, so they must exist before traffic.
 */
export async function connectMongo(url: string, database: string, options: MongoOptions = {}): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    dbName: database,
    serverSelectionTimeoutMS: 5_000,
    maxPoolSize: options.maxPoolSize ?? 1,
    autoIndex: false,
    retryWrites: options.retryWrites ?? false,
  });
  await connection.asPromise();
  return connection;
}

export async function ensureIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) await model.createIndexes();
}

export async function mongoReady(connection: Connection): Promise<boolean> {
  if (connection.readyState !== 1 || !connection.db) return false;
  await connection.db.admin().ping();
  return true;
}
