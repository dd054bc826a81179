import type { Principal } from '@binome/auth';
import { conflict, forbidden } from '@binome/errors';
import { assertFacilitators } from '../facilitator-rules';
import { withPromotions } from '../seat-release';
import { sessionAccess } from '../session-access';
import { assertCapacity, assertTimes, type Session } from '../session.entity';
import { sessionView } from '../session.views';
import type { SessionsDeps } from '../sessions.deps';
import type { UpdateSessionBody } from './update-session.request';

/**
 * Staff change a session: times, place, capacity (never below the people seated), facilitators
 * (their availability and agendas are checked again), or cancel it. Seats a larger capacity frees
 * go to the waitlist at once.
 */
export async function updateSession(d: SessionsDeps, principal: Principal, id: string, body: UpdateSessionBody) {
  const { session: s, role } = await sessionAccess(d, principal, id);
  if (role !== 'staff') throw forbidden('Only staff change a session');
  if (s.status === 'cancelled') throw conflict('The session is cancelled (field: status)');
  const next: Session = {
    ...s,
    ...(body.startsAt ? { startsAt: body.startsAt } : {}),
    ...(body.endsAt ? { endsAt: body.endsAt } : {}),
    ...(body.closesAt ? { closesAt: body.closesAt } : {}),
    ...(body.place ? { place: body.place } : {}),
    ...(body.link ? { link: body.link } : {}),
    ...(body.capacity ? { capacity: body.capacity } : {}),
    ...(body.facilitatorIds ? { facilitatorIds: body.facilitatorIds } : {}),
    ...(body.status ? { status: body.status } : {}),
  };
  const now = d.now();
  assertTimes(next, now, true);
  if (body.capacity) assertCapacity(s, body.capacity);
  if (body.facilitatorIds || body.startsAt || body.endsAt) await assertFacilitators(d, s.territoryId, next.facilitatorIds, next, s._id);
  const { registrations, events } =
    next.status === 'scheduled' ? await withPromotions(d, next, now) : { registrations: next.registrations, events: [] };
  const { _id, revision, ...set } = { ...next, registrations };
  void _id;
  void revision;
  if (!(await d.sessions.save(s, set, events))) throw conflict('The session changed meanwhile: read it again');
  return sessionView({ ...next, registrations, revision: s.revision + 1 }, 'staff');
}
