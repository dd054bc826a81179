import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { PairIdParams } from '../../meetings/meetings.request';
import { NOTIFICATION_KINDS } from '../notification.entity';
import type { NotificationRepository } from '../notification.repository';
import { PERSON_KINDS } from '../contact.entity';
import { listPairNotifications } from './list-pair-notifications.handler';

const NotificationViewSchema = apiSchema(
  'Notification',
  z.object({
    kind: z.enum(NOTIFICATION_KINDS),
    recipientKind: z.enum(PERSON_KINDS),
    meetingId: z.string().optional(),
    status: z.enum(['pending', 'sent', 'failed', 'cancelled']),
    dueAt: z.string().datetime().describe('due, or next attempt'),
    attempts: z.number().int(),
    lastError: z.string().optional().describe('the last failure, or why it was cancelled'),
    doneAt: z.string().datetime().optional(),
  }),
);

export function listPairNotificationsRoutes(router: Router, d: MeetingsDeps & { notificationStore: NotificationRepository }): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/pairs/:pairId/notifications',
      operationId: 'listPairNotifications',
      summary: 'Les e-mails du binôme et leur état (envoyé, en échec, annulé)',
      summaryEn: "The pair's emails and where they stand (sent, failed, cancelled)",
      tags: ['rappels'],
      access: authorize('meetings', 'read'),
      request: { params: PairIdParams },
      list: true,
      responses: { 200: { description: 'Les e-mails / the emails', schema: z.array(NotificationViewSchema) } },
    },
    async ({ params }, { principal, permission }) => listPairNotifications(d, principal, permission, params.pairId),
  );
}
