import type { Connection } from 'mongoose';
import { TenantRepository, territory, type TenantScope } from '@binome/persistence';
import type { Beneficiary } from './beneficiary.entity';
import { BeneficiarySchema } from './beneficiary.schema';

export class BeneficiaryRepository extends TenantRepository<Beneficiary> {
  constructor(connection: Connection) {
    super(connection, 'Beneficiary', BeneficiarySchema);
  }

  /**
   * Sets what one event says of a person, creating the record on its first event. Each field is
   * set by one event type only, so replays and out-of-order copies converge on the same record.
   */
  async record(territoryId: string, id: string, set: Partial<Beneficiary>): Promise<void> {
    // `admitted` is set on insert only when this event does not set it (one path may not be in both).
    const onInsert = 'admitted' in set ? {} : { $setOnInsert: { admitted: false } };
    await this.model.updateOne({ territoryId, _id: id }, { $set: { ...set, updatedAt: new Date() }, ...onInsert }, { upsert: true });
  }

  async erase(territoryId: string, id: string): Promise<void> {
    await this.model.deleteOne({ territoryId, _id: id });
  }

  /** The promotions of a territory that have admitted beneficiaries (a person's own records are looked up in them). */
  async promotionsOf(scope: TenantScope): Promise<string[]> {
    const all = await this.findMany(scope, { admitted: true });
    return [...new Set(all.map((b) => b.promotionId).filter((p): p is string => !!p))];
  }

  byIds(territoryId: string, ids: readonly string[]): Promise<Beneficiary[]> {
    return this.findMany(territory(territoryId), { _id: { $in: [...ids] } });
  }
}
