import { Schema, type Connection } from 'mongoose';
import { TenantRepository, tenantGuard, territory } from '@binome/persistence';
import { promotionTermIdOf, type PromotionTerm } from './promotion-term.entity';

const PromotionTermSchema = new Schema<PromotionTerm>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    promotionId: { type: String, required: true },
    endsAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'promotion_terms', versionKey: false },
);
PromotionTermSchema.plugin(tenantGuard);

export class PromotionTermRepository extends TenantRepository<PromotionTerm> {
  constructor(connection: Connection) {
    super(connection, 'PromotionTerm', PromotionTermSchema);
  }

  /** Idempotent: the first event creates the term, a later one sets its end. */
  async record(territoryId: string, promotionId: string, endsAt: Date): Promise<void> {
    const _id = promotionTermIdOf(territoryId, promotionId);
    const now = new Date();
    const created = await this.insertIfAbsent({ _id, territoryId, promotionId, endsAt, updatedAt: now });
    if (!created) await this.compareAndSet(territory(territoryId), _id, {}, { $set: { endsAt, updatedAt: now } });
  }

  async of(territoryId: string, promotionId: string): Promise<PromotionTerm | null> {
    return this.findById(territory(territoryId), promotionTermIdOf(territoryId, promotionId));
  }
}
