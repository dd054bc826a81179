import type { Connection } from 'mongoose';
import { scoped, TenantRepository, territory } from '@binome/persistence';
import { attendanceIdOf, type WorkshopAttendance } from './workshop-attendance.entity';
import { WorkshopAttendanceSchema } from './workshop-attendance.schema';

export class WorkshopAttendanceRepository extends TenantRepository<WorkshopAttendance> {
  constructor(connection: Connection) {
    super(connection, 'WorkshopAttendance', WorkshopAttendanceSchema);
  }

  /** Adds the competencies of a session attended (a set: a redelivery adds nothing). */
  async record(territoryId: string, personId: string, competencies: readonly string[], at: Date): Promise<void> {
    const _id = attendanceIdOf(territoryId, personId);
    if (await this.insertIfAbsent({ _id, territoryId, personId, competencies: [...new Set(competencies)], updatedAt: at })) return;
    await this.compareAndSet(
      territory(territoryId),
      _id,
      {},
      { $addToSet: { competencies: { $each: [...competencies] } }, $set: { updatedAt: at } },
    );
  }

  async competenciesOf(territoryId: string, personId: string): Promise<string[]> {
    return (await this.findById(territory(territoryId), attendanceIdOf(territoryId, personId)))?.competencies ?? [];
  }

  /** Erasure: what the person attended is forgotten. */
  async removeOfPerson(territoryId: string, personId: string): Promise<number> {
    return (await this.model.deleteMany(scoped(territory(territoryId), { _id: attendanceIdOf(territoryId, personId) }))).deletedCount;
  }
}
