import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { WorkshopSeat } from './workshop-seat.entity';

export const WorkshopSeatSchema = new Schema<WorkshopSeat>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    personKind: { type: String, enum: ['beneficiary', 'volunteer'], required: true },
    personId: { type: String, required: true },
    sessionId: { type: String, required: true },
    workshopTitle: { type: String, default: '' },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    status: { type: String, enum: ['seated', 'cancelled'], required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'workshop_seats', versionKey: false },
);
WorkshopSeatSchema.plugin(tenantGuard);
WorkshopSeatSchema.index({ territoryId: 1, personId: 1 });
