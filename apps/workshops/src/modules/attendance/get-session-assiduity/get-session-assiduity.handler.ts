import type { Principal } from '@binome/auth';
import { forbidden } from '@binome/errors';
import { sessionAccess } from '../../sessions/session-access';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { allSeats, assiduityOf } from '../assiduity';

/** A session's assiduity (staff, its facilitators). */
export async function getSessionAssiduity(d: SessionsDeps, principal: Principal, sessionId: string) {
  const { session: s, role } = await sessionAccess(d, principal, sessionId);
  if (role !== 'staff' && role !== 'facilitator') throw forbidden('Only the facilitators of the session and staff');
  return { sessionId: s._id, workshopId: s.workshopId, assiduity: assiduityOf(allSeats([s]), d.now()) };
}
