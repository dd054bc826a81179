import type { Connection } from 'mongoose';
import { allTerritories, TenantRepository, territory } from '@binome/persistence';
import type { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedSchema } from './calendar-feed.schema';

export class CalendarFeedRepository extends TenantRepository<CalendarFeed> {
  constructor(connection: Connection) {
    super(connection, 'CalendarFeed', CalendarFeedSchema);
  }

  /** Creates the person's feed or gives it a new token hash (the previous token stops working). */
  async renew(feed: Omit<CalendarFeed, 'createdAt' | 'updatedAt'>, now: Date): Promise<void> {
    const created = await this.insertIfAbsent({ ...feed, createdAt: now, updatedAt: now });
    if (!created)
      await this.compareAndSet(territory(feed.territoryId), feed._id, {}, { $set: { tokenHash: feed.tokenHash, updatedAt: now } });
  }

  async revoke(territoryId: string, id: string): Promise<boolean> {
    return this.compareAndSet(
      territory(territoryId),
      id,
      {},
      { $set: { tokenHash: `revoked:${id}:${Date.now()}`, updatedAt: new Date() } },
    );
  }

  /** The token is the only credential of the public feed URL: looked up across territories by its hash. */
  async byTokenHash(tokenHash: string): Promise<CalendarFeed | null> {
    return this.findOne(allTerritories, { tokenHash });
  }

  /** Erasure: the person's feed record goes entirely. */
  async remove(territoryId: string, id: string): Promise<void> {
    await this.model.deleteOne({ territoryId, _id: id });
  }
}
