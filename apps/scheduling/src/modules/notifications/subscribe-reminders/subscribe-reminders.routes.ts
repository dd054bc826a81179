import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { PairIdParams } from '../../meetings/meetings.request';
import type { ContactRepository } from '../contact.repository';
import { contactView, ContactViewSchema } from '../contact.views';
import { SubscribeBody } from '../notifications.request';
import { subscribeReminders } from './subscribe-reminders.handler';

export function subscribeRemindersRoutes(router: Router, d: MeetingsDeps & { contacts: ContactRepository }): void {
  route(
    router,
    {
      method: 'put',
      path: '/v1/pairs/:pairId/reminders',
      operationId: 'subscribeReminders',
      summary: 'Recevoir les rappels par e-mail (à l’adresse vérifiée de mon compte)',
      summaryEn: "Get reminders by email (at my account's verified address)",
      tags: ['rappels'],
      access: authorize('meetings', 'write'),
      request: { params: PairIdParams, body: SubscribeBody },
      responses: { 200: { description: 'Mon contact / my contact', schema: ContactViewSchema } },
    },
    async ({ params, body }, { principal, permission }) =>
      contactView(await subscribeReminders(d, principal, permission, params.pairId, body)),
  );
}
