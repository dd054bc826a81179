import type { Principal } from '@binome/auth';
import { conflict, forbidden, notFound } from '@binome/errors';
import { withPromotions } from '../../sessions/seat-release';
import { reachedPersonIds, sessionAccess } from '../../sessions/session-access';
import { registrationIds, sessionEvent, WorkshopRegistrationCancelled } from '../../sessions/session.events';
import { registrationView } from '../../sessions/session.views';
import type { SessionsDeps } from '../../sessions/sessions.deps';

/**
 * The person (or staff) gives the place up. A freed seat goes to the next on the waitlist in
 * the same write — unless registration has closed or their meetings clash with the session.
 */
export async function cancelRegistration(d: SessionsDeps, principal: Principal, sessionId: string, registrationId: string) {
  const access = await sessionAccess(d, principal, sessionId);
  const { session: s, role } = access;
  const r = s.registrations.find((x) => x.id === registrationId);
  if (!r || ((role === 'person' || role === 'konnecteur') && !reachedPersonIds(access).includes(r.personId)))
    throw notFound('Registration');
  if (role !== 'staff' && role !== 'person' && role !== 'konnecteur')
    throw forbidden('Only staff, the person themselves or their Konnecteur cancel a registration');
  if (r.status === 'cancelled') throw conflict('The registration is already cancelled (field: registrationId)');
  const now = d.now();
  if (now >= s.startsAt) throw conflict('The session has started: record an absence instead (field: registrationId)');
  const cancelled = { ...r, status: 'cancelled' as const, cancelledAt: now };
  const freed = { ...s, registrations: s.registrations.map((x) => (x.id === r.id ? cancelled : x)) };
  const { registrations, events } = await withPromotions(d, freed, now);
  const cancelEvent = sessionEvent(WorkshopRegistrationCancelled, s, { ...registrationIds(s, r), previousStatus: r.status });
  if (!(await d.sessions.save(s, { registrations }, [cancelEvent, ...events]))) throw conflict('The session changed meanwhile: try again');
  return registrationView({ ...s, registrations }, cancelled, role);
}
