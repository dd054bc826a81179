import type { Router } from 'express';
import type { AttendanceDeps } from './attendance.deps';
import { checkInRoutes } from './check-in/check-in.routes';
import { getCheckInCodeRoutes } from './get-check-in-code/get-check-in-code.routes';
import { getPersonAssiduityRoutes } from './get-person-assiduity/get-person-assiduity.routes';
import { getSessionAssiduityRoutes } from './get-session-assiduity/get-session-assiduity.routes';
import { getWorkshopAssiduityRoutes } from './get-workshop-assiduity/get-workshop-assiduity.routes';
import { recordAttendanceRoutes } from './record-attendance/record-attendance.routes';

/** The roll, the check-in code, assiduity and the absence alert. */
export function attendanceRoutes(router: Router, d: AttendanceDeps): void {
  recordAttendanceRoutes(router, d);
  getCheckInCodeRoutes(router, d);
  checkInRoutes(router, d);
  getPersonAssiduityRoutes(router, d);
  getSessionAssiduityRoutes(router, d);
  getWorkshopAssiduityRoutes(router, d);
}
