import { Schema } from 'mongoose';
import { outboxPlugin } from '@binome/outbox';
import { tenantGuard } from '@binome/persistence';
import type { Feedback } from './feedback.entity';

export const FeedbackSchema = new Schema<Feedback>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    sessionId: { type: String, required: true },
    workshopId: { type: String, required: true },
    usefulness: { type: Number, required: true, min: 1, max: 5 },
    comment: String,
    anonymous: { type: Boolean, required: true },
    personId: String,
    givenOn: { type: String, required: true },
  },
  { collection: 'feedback', versionKey: false, minimize: false },
);
FeedbackSchema.plugin(tenantGuard);
FeedbackSchema.plugin(outboxPlugin);
FeedbackSchema.index({ territoryId: 1, workshopId: 1 });
