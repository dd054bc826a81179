import type { Connection } from 'mongoose';
import { TenantRepository, territory } from '@binome/persistence';
import type { WorkshopSeat } from './workshop-seat.entity';
import { WorkshopSeatSchema } from './workshop-seat.schema';

export class WorkshopSeatRepository extends TenantRepository<WorkshopSeat> {
  constructor(connection: Connection) {
    super(connection, 'WorkshopSeat', WorkshopSeatSchema);
  }

  /** The seat of a promotion (a copy of the event inserts nothing). */
  async promoted(seat: WorkshopSeat): Promise<void> {
    await this.insertIfAbsent(seat);
  }

  async cancelled(territoryId: string, registrationId: string): Promise<void> {
    await this.compareAndSet(territory(territoryId), registrationId, {}, { $set: { status: 'cancelled' } });
  }

  async of(territoryId: string, registrationId: string): Promise<WorkshopSeat | null> {
    return this.findById(territory(territoryId), registrationId);
  }

  /** Erasure: the person's seats go (the email, if still pending, is cancelled with them). */
  async removeOf(territoryId: string, personId: string): Promise<void> {
    await this.model.deleteMany({ territoryId, personId });
  }
}
