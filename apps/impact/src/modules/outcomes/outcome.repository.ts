import type { Connection } from 'mongoose';
import { TenantRepository, territory, type Filter, type Found, type Paging, type TenantScope } from '@binome/persistence';
import type { Outcome } from './outcome.entity';
import { OutcomeSchema } from './outcome.schema';

export class OutcomeRepository extends TenantRepository<Outcome> {
  constructor(connection: Connection) {
    super(connection, 'Outcome', OutcomeSchema);
  }

  list(scope: TenantScope, filter: Filter<Outcome>, paging: Paging): Promise<Found<Outcome>> {
    return this.findPage(scope, filter, paging);
  }

  holding(territoryId: string, beneficiaryId: string): Promise<Outcome[]> {
    return this.findMany(territory(territoryId), { beneficiaryId });
  }

  /** Erasure: the id becomes the erased key and the evidence note goes; kind and date stay for the counts. */
  async erase(o: Outcome, key: string): Promise<void> {
    await this.compareAndSet(territory(o.territoryId), o._id, {}, { $set: { beneficiaryId: key }, $unset: { evidence: 1 } });
  }
}
