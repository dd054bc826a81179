import type { Principal } from '@binome/auth';
import { conflict, forbidden } from '@binome/errors';
import { sessionAccess } from '../../sessions/session-access';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { CHECK_IN_OPENS_MS, checkInCode } from '../check-in-code';

/** The code the facilitator shows in the room, from half an hour before the start until the end. */
export async function getCheckInCode(d: SessionsDeps, principal: Principal, sessionId: string) {
  const { session: s, role } = await sessionAccess(d, principal, sessionId);
  if (role !== 'staff' && role !== 'facilitator') throw forbidden('Only the facilitators of the session and staff show its code');
  const now = d.now();
  if (now.getTime() < s.startsAt.getTime() - CHECK_IN_OPENS_MS || now >= s.endsAt)
    throw conflict('Check-in is open from 30 minutes before the start until the end (field: startsAt)');
  const { code, expiresAt } = checkInCode(s.checkInSecret, now);
  return { sessionId: s._id, code, expiresAt: expiresAt.toISOString() };
}
