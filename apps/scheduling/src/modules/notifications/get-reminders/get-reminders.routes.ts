import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { PairIdParams } from '../../meetings/meetings.request';
import { contactView, ContactViewSchema } from '../contact.views';
import { getReminders } from './get-reminders.handler';

export function getRemindersRoutes(router: Router, d: MeetingsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/pairs/:pairId/reminders',
      operationId: 'getReminders',
      summary: 'Mon abonnement aux rappels par e-mail',
      summaryEn: 'My subscription to the email reminders',
      tags: ['rappels'],
      access: authorize('meetings', 'read'),
      request: { params: PairIdParams },
      responses: { 200: { description: 'Mon contact / my contact', schema: ContactViewSchema } },
    },
    async ({ params }, { principal, permission }) => contactView(await getReminders(d, principal, permission, params.pairId)),
  );
}
