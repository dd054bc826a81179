import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import { PERSON_KINDS } from '../notifications/contact.entity';
import { CALENDAR_EVENT_KINDS, type CalendarEvent } from './calendar-event.entity';

export const CalendarEventSchema = new Schema<CalendarEvent>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    promotionId: { type: String, required: true },
    kind: { type: String, enum: CALENDAR_EVENT_KINDS, required: true },
    status: { type: String, enum: ['scheduled', 'cancelled'], required: true },
    startsAt: { type: Date, required: true },
    durationMinutes: { type: Number, required: true },
    venue: { type: String, required: true },
    invitees: [
      {
        _id: false,
        kind: { type: String, enum: PERSON_KINDS, required: true },
        id: { type: String, required: true },
        rsvp: { _id: false, coming: Boolean, at: Date },
        attended: Boolean,
      },
    ],
    uid: { type: String, required: true },
    sequence: { type: Number, required: true },
    revision: { type: Number, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'calendar_events', versionKey: false, minimize: false },
);
CalendarEventSchema.plugin(tenantGuard);
CalendarEventSchema.plugin(outboxPlugin);
CalendarEventSchema.index({ territoryId: 1, promotionId: 1, startsAt: 1 });
CalendarEventSchema.index({ territoryId: 1, 'invitees.id': 1 });
