import type { Router } from 'express';
import type { MeetingsDeps } from '../meetings/meetings.deps';
import type { ContactRepository } from './contact.repository';
import { getRemindersRoutes } from './get-reminders/get-reminders.routes';
import { linkKonnecteurRoutes } from './link-konnecteur/link-konnecteur.routes';
import type { NotificationRepository } from './notification.repository';
import { listPairNotificationsRoutes } from './list-pair-notifications/list-pair-notifications.routes';
import { subscribeRemindersRoutes } from './subscribe-reminders/subscribe-reminders.routes';
import { unsubscribeRemindersRoutes } from './unsubscribe-reminders/unsubscribe-reminders.routes';

/** Reminders by email: a participant's subscription, a Konnecteur's address (by staff), a pair's emails for its programme side. */
export function notificationsRoutes(
  router: Router,
  d: MeetingsDeps & { contacts: ContactRepository; notificationStore: NotificationRepository },
): void {
  getRemindersRoutes(router, d);
  subscribeRemindersRoutes(router, d);
  unsubscribeRemindersRoutes(router, d);
  linkKonnecteurRoutes(router, d);
  listPairNotificationsRoutes(router, d);
}
