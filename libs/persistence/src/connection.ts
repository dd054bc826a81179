import mongoose, { type Connection } from 'mongoose';

/**
 * One connection per service, to the service's own database. `autoIndex` builds the schemas'
 * indexes (unique keys guard idempotency, so they must exist before traffic); call
 * `syncIndexes` explicitly at start-up through `ensureIndexes`.
 */
export async function connectMongo(url: string, database: string): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    dbName: database,
    serverSelectionTimeoutMS: 5_000,
    maxPoolSize: 20,
    autoIndex: false,
    // FerretDB (used on machines without MongoDB) does not implement retryable writes' sessions.
    retryWrites: false,
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
