import type { Principal } from '@binome/auth';
import { AppError, conflict, forbidden } from '@binome/errors';
import { sessionAccess } from '../../sessions/session-access';
import { registrationView } from '../../sessions/session.views';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { markEvent, LATE_AFTER_MS } from '../attendance-marks';
import { CHECK_IN_OPENS_MS, isValidCheckInCode } from '../check-in-code';

/** A seated person checks in with the room's code: present, or late past a quarter of an hour. */
export async function checkIn(d: SessionsDeps, principal: Principal, sessionId: string, code: string) {
  const access = await sessionAccess(d, principal, sessionId);
  const { session: s, role } = access;
  if (role !== 'person') throw forbidden('A person checks themselves in');
  const r = s.registrations.find((x) => access.ownPersonIds.includes(x.personId) && x.status === 'registered');
  if (!r) throw conflict('You hold no seat in this session (field: sessionId)');
  const now = d.now();
  if (now.getTime() < s.startsAt.getTime() - CHECK_IN_OPENS_MS || now >= s.endsAt)
    throw conflict('Check-in is open from 30 minutes before the start until the end (field: startsAt)');
  if (!isValidCheckInCode(s.checkInSecret, code, now))
    throw new AppError('validation_failed', 'body.code: not the code shown in the room, or it has changed', {
      fields: [{ field: 'body.code', message: 'not the code shown in the room, or it has changed' }],
    });
  const mark = now.getTime() > s.startsAt.getTime() + LATE_AFTER_MS ? 'late' : 'present';
  if (r.attendance === mark) return registrationView(s, r, role);
  const marked = { ...r, attendance: mark, attendanceAt: now } as const;
  const registrations = s.registrations.map((x) => (x.id === r.id ? marked : x));
  const after = { ...s, registrations };
  if (!(await d.sessions.save(s, { registrations }, [markEvent(after, r, mark)])))
    throw conflict('The session changed meanwhile: try again');
  return registrationView(after, marked, role);
}
