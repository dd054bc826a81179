import type { LeasedItem } from '@binome/outbox';
import type { PersonKind } from './contact.entity';

/**
 * What an email says: the reminder the day before a meeting or a calendar event, the "did it take
 * place?" question the day after a meeting, the invitation to a calendar event, an alert to the
 * pair's Konnecteur, a seat taken from a workshop's waitlist, a reminder of a survey due (impact's
 * `SurveyDue`).
 */
export const NOTIFICATION_KINDS = [
  'meeting-reminder',
  'attendance-question',
  'event-invitation',
  'event-reminder',
  'alert',
  'workshop-promotion',
  'survey-reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * One email to send, in the notification outbox. It holds ids and a due time only: the content is
 * rendered when it is sent, from the meeting, event or pair as they are then (a cancelled meeting's
 * reminder is dropped, a moved one says the new time) and from the recipient's contact (none: the
 * person did not subscribe, nothing is sent). `_id` is derived from what it is about and for whom,
 * so planning it twice plans one.
 */
export interface Notification extends LeasedItem {
  territoryId: string;
  kind: NotificationKind;
  recipient: { kind: PersonKind; id: string };
  meetingId?: string;
  eventId?: string;
  pairId?: string;
  /** Workshops' registration id (a waitlist promotion). */
  registrationId?: string;
  /** A survey reminder: impact's survey id (the link is asked of impact when it is sent). */
  surveyId?: string;
  createdAt: Date;
}

export const notificationIdOf = (kind: NotificationKind, about: string, recipient: Notification['recipient'], suffix = '') =>
  `${kind}:${about}:${recipient.kind}:${recipient.id}${suffix ? `:${suffix}` : ''}`;
