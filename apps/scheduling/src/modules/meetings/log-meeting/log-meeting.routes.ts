import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { meetingView, MeetingViewSchema } from '../meeting.views';
import type { MeetingsDeps } from '../meetings.deps';
import { PairIdParams } from '../meetings.request';
import { MeetingBody } from '../plan-meeting/plan-meeting.request';
import { logMeeting } from './log-meeting.handler';

export function logMeetingRoutes(router: Router, d: MeetingsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:pairId/logged-meetings',
      operationId: 'logMeeting',
      summary: 'Déclarer une rencontre qui a eu lieu',
      summaryEn: 'Log a meeting that took place',
      tags: ['rencontres'],
      access: authorize('meetings', 'write'),
      request: { params: PairIdParams, body: MeetingBody },
      responses: {
        201: { description: 'La rencontre / the meeting', schema: MeetingViewSchema },
        409: { description: 'Binôme inactif, double réservation ou plafond dépassé / pair not active, double booking or cap exceeded' },
      },
    },
    async ({ params, body }, { principal, permission }) => meetingView(await logMeeting(d, principal, permission, params.pairId, body)),
  );
}
