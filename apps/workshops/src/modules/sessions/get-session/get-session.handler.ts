import type { Principal } from '@binome/auth';
import { reachedPersonIds, sessionAccess } from '../session-access';
import { sessionView } from '../session.views';
import type { SessionsDeps } from '../sessions.deps';

/** A session, with the registrations the caller may see (another territory's session is 404). */
export async function getSession(d: SessionsDeps, principal: Principal, id: string) {
  const access = await sessionAccess(d, principal, id);
  return sessionView(access.session, access.role, reachedPersonIds(access));
}
