import type { Connection } from 'mongoose';

/** Which database holds the live projection and which consumer group keeps it up to date. */
export interface ProjectionPointer {
  database: string;
  group: string;
  swappedAt?: Date;
}

const COLLECTION = 'projection_pointer';
const ID = 'current';

/**
 * The pointer is the service's own configuration, not tenant data: it is read and written through
 * the driver collection (as the outbox relay does), in the service's main database.
 */
export class ProjectionPointerStore {
  constructor(private readonly connection: Connection) {}

  private get collection() {
    if (!this.connection.db) throw new Error('database not connected');
    return this.connection.db.collection<{ _id: string; database: string; group: string; swappedAt: Date }>(COLLECTION);
  }

  /** The pointer, or the initial projection: the main database with the service's group. */
  async current(initial: ProjectionPointer): Promise<ProjectionPointer> {
    const doc = await this.collection.findOne({ _id: ID });
    return doc ? { database: doc.database, group: doc.group, swappedAt: doc.swappedAt } : initial;
  }

  async swap(to: ProjectionPointer): Promise<void> {
    await this.collection.replaceOne(
      { _id: ID },
      { database: to.database, group: to.group, swappedAt: to.swappedAt ?? new Date() },
      { upsert: true },
    );
  }
}
