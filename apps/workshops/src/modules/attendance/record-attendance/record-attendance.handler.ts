import type { Principal } from '@binome/auth';
import { AppError, conflict, forbidden, validationFailed } from '@binome/errors';
import { sessionAccess } from '../../sessions/session-access';
import type { AttendanceMark } from '../../sessions/session.entity';
import { sessionView } from '../../sessions/session.views';
import { refreshAbsenceAlert } from '../alert-refresh';
import { markEvent } from '../attendance-marks';
import type { AttendanceDeps } from '../attendance.deps';
import type { RecordAttendanceBody } from './record-attendance.request';

/**
 * The facilitator's roll call from a phone, or staff's record afterwards: one mark per seated
 * person (people promoted from the waitlist are seated, so on the roll). Only once the session
 * has started. A changed mark sends its new event; an unchanged one sends nothing.
 */
export async function recordAttendance(d: AttendanceDeps, principal: Principal, sessionId: string, body: RecordAttendanceBody) {
  const { session: s, role } = await sessionAccess(d, principal, sessionId);
  if (role !== 'staff' && role !== 'facilitator') throw forbidden('Only the facilitators of the session and staff take the roll');
  const now = d.now();
  if (now < s.startsAt)
    throw new AppError('conflict', 'The session has not started yet (field: startsAt)', {
      fields: [{ field: 'startsAt', message: 'not started' }],
    });
  const byId = new Map(s.registrations.map((r) => [r.id, r]));
  const issues = body.marks.flatMap((m, i) =>
    byId.get(m.registrationId)?.status === 'registered'
      ? []
      : [{ field: `body.marks.${i}.registrationId`, message: 'not a seat of this session' }],
  );
  if (issues.length) throw validationFailed(issues);
  const marks = new Map<string, AttendanceMark>(body.marks.map((m) => [m.registrationId, m.mark]));
  const changed = s.registrations.flatMap((r) => {
    const mark = marks.get(r.id);
    return mark && r.attendance !== mark ? [{ r, mark }] : [];
  });
  const registrations = s.registrations.map((r) => {
    const mark = marks.get(r.id);
    return mark ? { ...r, attendance: mark, attendanceAt: now } : r;
  });
  const after = { ...s, registrations };
  const events = changed.map(({ r, mark }) => markEvent(after, r, mark));
  if (changed.length && !(await d.sessions.save(s, { registrations }, events))) throw conflict('The session changed meanwhile: try again');
  for (const { r } of changed.filter((x) => x.mark === 'absent')) await refreshAbsenceAlert(d, s.territoryId, r.personId, now);
  return sessionView({ ...after, revision: s.revision + 1 }, role);
}
