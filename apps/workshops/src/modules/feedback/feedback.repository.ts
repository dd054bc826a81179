import type { Connection } from 'mongoose';
import { TenantRepository, territory } from '@binome/persistence';
import type { Feedback } from './feedback.entity';
import { FeedbackSchema } from './feedback.schema';

export class FeedbackRepository extends TenantRepository<Feedback> {
  constructor(connection: Connection) {
    super(connection, 'Feedback', FeedbackSchema);
  }

  ofWorkshop(territoryId: string, workshopId: string): Promise<Feedback[]> {
    return this.findMany(territory(territoryId), { workshopId }, { givenOn: -1 });
  }

  /** Erasure: a signed feedback loses its author (the rating stays, as an anonymous one). */
  async forget(territoryId: string, personId: string): Promise<void> {
    await this.model.updateMany({ territoryId, personId }, { $unset: { personId: 1 }, $set: { anonymous: true } });
  }
}
