import { Schema } from 'mongoose';
import { readDefaults, tenantGuard } from '@binome/persistence';
import { FACILITATOR_KINDS, type Facilitator } from './facilitator.entity';

const slot = { _id: false, startsAt: Date, endsAt: Date };

export const FacilitatorSchema = new Schema<Facilitator>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    kind: { type: String, enum: FACILITATOR_KINDS, required: true },
    email: { type: String, required: true },
    referentId: String,
    availability: [slot],
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'facilitators', versionKey: false, minimize: false },
);
FacilitatorSchema.plugin(tenantGuard);
FacilitatorSchema.index({ territoryId: 1, email: 1 }, { unique: true });
readDefaults<Facilitator>(FacilitatorSchema, (d) => {
  d.availability ??= [];
});
