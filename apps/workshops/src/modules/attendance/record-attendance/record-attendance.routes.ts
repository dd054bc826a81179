import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { SessionViewSchema } from '../../sessions/session.views';
import { SessionParams } from '../../sessions/sessions.request';
import type { AttendanceDeps } from '../attendance.deps';
import { recordAttendance } from './record-attendance.handler';
import { RecordAttendanceBody } from './record-attendance.request';

export function recordAttendanceRoutes(router: Router, d: AttendanceDeps): void {
  route(
    router,
    {
      method: 'put',
      path: '/v1/sessions/:id/attendance',
      operationId: 'recordSessionAttendance',
      summary: "Faire l'appel (présent·e, en retard, excusé·e, absent·e)",
      summaryEn: 'Take the roll (present, late, excused, absent)',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: ['all-territories', 'own-territory', 'own-sessions'] }),
      request: { params: SessionParams, body: RecordAttendanceBody },
      responses: { 200: { description: 'La session et son appel / the session and its roll', schema: SessionViewSchema } },
    },
    async ({ params, body }, { principal }) => recordAttendance(d, principal, params.id, body),
  );
}
