import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { meetingView, MeetingViewSchema } from '../meeting.views';
import type { MeetingsDeps } from '../meetings.deps';
import { MeetingParams } from '../meetings.request';
import { cancelMeeting } from './cancel-meeting.handler';

export function cancelMeetingRoutes(router: Router, d: MeetingsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/meetings/:id/cancellation',
      operationId: 'cancelMeeting',
      summary: 'Annuler une rencontre planifiée',
      summaryEn: 'Cancel a planned meeting',
      tags: ['rencontres'],
      access: authorize('meetings', 'write'),
      request: { params: MeetingParams },
      responses: {
        200: { description: 'La rencontre / the meeting', schema: MeetingViewSchema },
        409: { description: 'Rencontre déjà close / meeting already closed' },
      },
    },
    async ({ params }, { principal, permission }) => meetingView(await cancelMeeting(d, principal, permission, params.id)),
  );
}
