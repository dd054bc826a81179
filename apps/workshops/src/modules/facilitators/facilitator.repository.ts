import type { Connection } from 'mongoose';
import { TenantRepository, territory, type Paging, type TenantScope } from '@binome/persistence';
import type { Facilitator, Slot } from './facilitator.entity';
import { FacilitatorSchema } from './facilitator.schema';

export class FacilitatorRepository extends TenantRepository<Facilitator> {
  constructor(connection: Connection) {
    super(connection, 'Facilitator', FacilitatorSchema, {
      duplicate: (f) => `${f.email} is already a facilitator in ${f.territoryId} (field: email)`,
    });
  }

  list(scope: TenantScope, filter: Record<string, unknown>, paging: Paging, extra: Record<string, unknown> = {}) {
    return this.findPage(scope, filter, paging, extra);
  }

  byIds(territoryId: string, ids: readonly string[]): Promise<Facilitator[]> {
    return this.findMany(territory(territoryId), { _id: { $in: [...ids] } });
  }

  /** The facilitator records of an account (its verified email) in a territory. */
  ofEmail(scope: TenantScope, email: string): Promise<Facilitator[]> {
    return this.findMany(scope, { email });
  }

  setAvailability(f: Pick<Facilitator, '_id' | 'territoryId'>, availability: Slot[]): Promise<boolean> {
    return this.compareAndSet(territory(f.territoryId), f._id, {}, { $set: { availability, updatedAt: new Date() } });
  }
}
