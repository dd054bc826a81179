import type { Router } from 'express';
import { cancelMeetingRoutes } from './cancel-meeting/cancel-meeting.routes';
import { listMeetingsRoutes } from './list-meetings/list-meetings.routes';
import { logMeetingRoutes } from './log-meeting/log-meeting.routes';
import type { MeetingsDeps } from './meetings.deps';
import { planMeetingRoutes } from './plan-meeting/plan-meeting.routes';
import { recordAttendanceRoutes } from './record-attendance/record-attendance.routes';

/** A pair's meetings: planned, logged, answered "did it take place?", cancelled. */
export function meetingsRoutes(router: Router, d: MeetingsDeps): void {
  listMeetingsRoutes(router, d);
  planMeetingRoutes(router, d);
  logMeetingRoutes(router, d);
  recordAttendanceRoutes(router, d);
  cancelMeetingRoutes(router, d);
}
