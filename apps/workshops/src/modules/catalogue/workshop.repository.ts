import type { Connection } from 'mongoose';
import { TenantRepository, territory, type Filter, type Paging, type TenantScope } from '@binome/persistence';
import type { Workshop } from './workshop.entity';
import { WorkshopSchema } from './workshop.schema';

export class WorkshopRepository extends TenantRepository<Workshop> {
  constructor(connection: Connection) {
    super(connection, 'Workshop', WorkshopSchema, { duplicate: (w) => `A workshop ${w.slug} already exists in ${w.territoryId}` });
  }

  list(scope: TenantScope, filter: Filter<Workshop>, paging: Paging) {
    return this.findPage(scope, filter, paging);
  }

  /** Replaces the editable fields of a workshop (one document; last write wins, as the console edits one at a time). */
  async update(territoryId: string, id: string, set: Partial<Workshop>): Promise<boolean> {
    return this.compareAndSet(territory(territoryId), id, {}, { $set: { ...set, updatedAt: new Date() } });
  }

  byIds(territoryId: string, ids: readonly string[]): Promise<Workshop[]> {
    return this.findMany(territory(territoryId), { _id: { $in: [...ids] } });
  }

  active(territoryId: string): Promise<Workshop[]> {
    return this.findMany(territory(territoryId), { active: true }, { _id: 1 });
  }
}
