import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { PERSON_KINDS } from './contact.entity';
import { NOTIFICATION_KINDS, type Notification } from './notification.entity';

export const NotificationSchema = new Schema<Notification>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    recipient: { _id: false, kind: { type: String, enum: PERSON_KINDS, required: true }, id: { type: String, required: true } },
    meetingId: String,
    eventId: String,
    pairId: String,
    registrationId: String,
    surveyId: String,
    status: { type: String, enum: ['pending', 'sent', 'failed', 'cancelled'], required: true },
    attempts: { type: Number, required: true },
    nextAttemptAt: { type: Date, required: true },
    leaseUntil: { type: Date, required: true },
    leaseOwner: { type: String, default: '' },
    lastAttemptAt: Date,
    lastError: String,
    doneAt: Date,
    createdAt: { type: Date, required: true },
  },
  { collection: 'notifications', versionKey: false },
);
NotificationSchema.plugin(tenantGuard);
NotificationSchema.index({ status: 1, nextAttemptAt: 1 });
NotificationSchema.index({ territoryId: 1, meetingId: 1 });
