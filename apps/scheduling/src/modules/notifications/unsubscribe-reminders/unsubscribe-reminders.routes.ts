import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { PairIdParams } from '../../meetings/meetings.request';
import type { ContactRepository } from '../contact.repository';
import type { NotificationRepository } from '../notification.repository';
import { unsubscribeReminders } from './unsubscribe-reminders.handler';

export function unsubscribeRemindersRoutes(
  router: Router,
  d: MeetingsDeps & { contacts: ContactRepository; notificationStore: NotificationRepository },
): void {
  route(
    router,
    {
      method: 'delete',
      path: '/v1/pairs/:pairId/reminders',
      operationId: 'unsubscribeReminders',
      summary: 'Ne plus recevoir de rappels par e-mail (mon adresse est effacée)',
      summaryEn: 'Stop the email reminders (my address is erased)',
      tags: ['rappels'],
      access: authorize('meetings', 'write'),
      request: { params: PairIdParams },
      responses: { 204: { description: 'Effacé / erased' } },
    },
    async ({ params }, { principal, permission }) => {
      await unsubscribeReminders(d, principal, permission, params.pairId);
    },
  );
}
