import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import { PROMOTION_STATUSES, type Promotion } from './promotion.entity';

export const PromotionSchema = new Schema<Promotion>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    name: { type: String, required: true },
    startsOn: { type: String, required: true },
    endsOn: { type: String, required: true },
    capacity: { type: Number, required: true },
    status: { type: String, enum: PROMOTION_STATUSES, required: true },
    kickoffOn: String,
    rexEveningOn: String,
    history: [{ _id: false, status: String, at: Date, by: String }],
    seats: { type: [String], default: undefined },
    createdAt: { type: Date, required: true },
  },
  { collection: 'promotions', versionKey: false },
);
PromotionSchema.plugin(tenantGuard);
PromotionSchema.plugin(outboxPlugin);
PromotionSchema.index({ territoryId: 1, name: 1 }, { unique: true });
PromotionSchema.index({ territoryId: 1, startsOn: -1 });
// Exactly the fields of the lifecycle's compare-and-set, for the embedded engine (see candidate.schema.ts).
PromotionSchema.index({ territoryId: 1, _id: 1, status: 1 }, { unique: true, name: 'territory_id_status' });
