import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { meetingView, MeetingViewSchema } from '../meeting.views';
import type { MeetingsDeps } from '../meetings.deps';
import { MeetingParams } from '../meetings.request';
import { recordAttendance } from './record-attendance.handler';
import { AttendanceBody } from './record-attendance.request';

export function recordAttendanceRoutes(router: Router, d: MeetingsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/meetings/:id/attendance',
      operationId: 'recordAttendance',
      summary: 'Répondre « la rencontre a-t-elle eu lieu ? »',
      summaryEn: 'Answer "did the meeting take place?"',
      tags: ['rencontres'],
      access: authorize('meetings', 'write'),
      request: { params: MeetingParams, body: AttendanceBody },
      responses: {
        200: { description: 'La rencontre / the meeting', schema: MeetingViewSchema },
        409: { description: 'Rencontre close ou pas encore commencée / meeting closed or not started yet' },
      },
    },
    async ({ params, body }, { principal, permission }) =>
      meetingView(await recordAttendance(d, principal, permission, params.id, body.tookPlace)),
  );
}
