import type { Connection } from 'mongoose';
import { pendingItem } from '@binome/outbox';
import { TenantRepository, territory } from '@binome/persistence';
import type { PersonKind } from './contact.entity';
import { notificationIdOf, type Notification, type NotificationKind } from './notification.entity';
import { NotificationSchema } from './notification.schema';

export interface PlannedNotification {
  territoryId: string;
  kind: NotificationKind;
  about: { meetingId?: string; eventId?: string; pairId?: string; registrationId?: string; surveyId?: string };
  recipient: { kind: PersonKind; id: string };
  dueAt: Date;
  /** Distinguishes two emails of one kind about one thing to one person (an alert's status). */
  suffix?: string;
}

export class NotificationRepository extends TenantRepository<Notification> {
  constructor(connection: Connection) {
    super(connection, 'Notification', NotificationSchema);
  }

  /** Plans emails; one already planned under the same id is left as it is (idempotent). */
  async plan(items: readonly PlannedNotification[], now: Date): Promise<void> {
    for (const p of items) {
      const about = p.about.meetingId ?? p.about.eventId ?? p.about.surveyId ?? p.about.pairId ?? p.about.registrationId ?? '';
      await this.insertIfAbsent({
        _id: notificationIdOf(p.kind, about, p.recipient, p.suffix),
        territoryId: p.territoryId,
        kind: p.kind,
        recipient: p.recipient,
        ...p.about,
        ...pendingItem(p.dueAt),
        createdAt: now,
      });
    }
  }

  async ofMeeting(territoryId: string, meetingId: string): Promise<Notification[]> {
    return this.findMany(territory(territoryId), { meetingId }, { nextAttemptAt: 1 });
  }

  /** A pair's emails: its meetings' and its alerts (calendar events are the promotion's). */
  async ofPair(territoryId: string, pairId: string): Promise<Notification[]> {
    return this.findMany(territory(territoryId), { pairId }, { nextAttemptAt: 1 });
  }

  async ofRecipient(territoryId: string, kind: PersonKind, id: string): Promise<Notification[]> {
    return this.findMany(territory(territoryId), { 'recipient.kind': kind, 'recipient.id': id }, { nextAttemptAt: 1 });
  }

  /** Erasure or unsubscription: the pending emails to the person are dropped (what was sent stays, ids only). */
  async cancelPendingTo(territoryId: string, kind: PersonKind, id: string, reason = 'erased'): Promise<void> {
    await this.model.updateMany(
      { territoryId, 'recipient.kind': kind, 'recipient.id': id, status: 'pending' },
      { $set: { status: 'cancelled', lastError: reason, doneAt: new Date() } },
    );
  }
}
