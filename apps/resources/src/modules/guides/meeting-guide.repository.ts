import type { Connection } from 'mongoose';
import { TenantRepository, territory } from '@binome/persistence';
import { NATIONAL } from '../library/resource.entity';
import type { MeetingGuide } from './meeting-guide.entity';
import { MeetingGuideSchema } from './meeting-guide.schema';

export class MeetingGuideRepository extends TenantRepository<MeetingGuide> {
  constructor(connection: Connection) {
    super(connection, 'MeetingGuide', MeetingGuideSchema);
  }

  /** Replaces the territory's guide (created on first write). */
  async put(guide: MeetingGuide): Promise<void> {
    if (await this.insertIfAbsent(guide)) return;
    await this.compareAndSet(
      territory(guide.territoryId),
      guide._id,
      {},
      { $set: { entries: guide.entries, updatedBy: guide.updatedBy, updatedAt: guide.updatedAt } },
    );
  }

  /** The territory's own guide, else the national one. */
  async applicable(territoryId: string): Promise<MeetingGuide | null> {
    return (await this.findById(territory(territoryId), territoryId)) ?? (await this.findById(territory(NATIONAL), NATIONAL));
  }
}
