import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { CalendarFeed } from './calendar-feed.entity';

export const CalendarFeedSchema = new Schema<CalendarFeed>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    personKind: { type: String, enum: ['beneficiary', 'volunteer', 'promotion'], required: true },
    personId: { type: String, required: true },
    tokenHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'calendar_feeds', versionKey: false },
);
CalendarFeedSchema.plugin(tenantGuard);
CalendarFeedSchema.index({ tokenHash: 1 }, { unique: true });
