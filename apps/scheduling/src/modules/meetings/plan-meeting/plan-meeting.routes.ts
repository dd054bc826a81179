import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { meetingView, MeetingViewSchema } from '../meeting.views';
import type { MeetingsDeps } from '../meetings.deps';
import { PairIdParams } from '../meetings.request';
import { planMeeting } from './plan-meeting.handler';
import { MeetingBody } from './plan-meeting.request';

export function planMeetingRoutes(router: Router, d: MeetingsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:pairId/meetings',
      operationId: 'planMeeting',
      summary: 'Planifier une rencontre du binôme',
      summaryEn: 'Plan a meeting of the pair',
      tags: ['rencontres'],
      access: authorize('meetings', 'write'),
      request: { params: PairIdParams, body: MeetingBody },
      responses: {
        201: { description: 'La rencontre / the meeting', schema: MeetingViewSchema },
        409: { description: 'Binôme inactif, double réservation ou plafond dépassé / pair not active, double booking or cap exceeded' },
      },
    },
    async ({ params, body }, { principal, permission }) => meetingView(await planMeeting(d, principal, permission, params.pairId, body)),
  );
}
