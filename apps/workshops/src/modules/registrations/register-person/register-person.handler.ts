import { randomUUID } from 'node:crypto';
import type { Principal } from '@binome/auth';
import { conflict, forbidden, validationFailed } from '@binome/errors';
import { sessionAccess } from '../../sessions/session-access';
import { registrationIds, sessionEvent, WorkshopRegistrationCreated, WorkshopRegistrationWaitlisted } from '../../sessions/session.events';
import { assertNotRegistered, assertOpen, type Registration, type SeatPool } from '../../sessions/session.entity';
import { registrationView } from '../../sessions/session.views';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { hasFreeSeat, needOf, rankOf } from '../../sessions/waitlist';

/**
 * Attempts at the compare-and-set before the caller gets a 409: a promotion's beneficiaries
 * register for the same sessions in bursts, and each lost race is another registration, not a
 * stale intent of this caller's, so the server reads the session again and redoes the seat count.
 */
const ATTEMPTS = 12;
/**
 * And the time they may take in all: each attempt is several round trips to a database the whole
 * platform shares, so under load twelve of them took longer than the gateway waits (504 at 30 s,
 * load profile); past this the caller gets the 409 at once rather than a timeout.
 */
const BUDGET_MS = 5_000;

/**
 * A seat for a person, by themselves (a beneficiary in the beneficiaries' pool, a volunteer in the
 * volunteers' pool of a session that invites them), their pair's Konnecteur or staff: seated while the pool has room, waitlisted
 * otherwise (placed by need, then time of request). Refused after the closing time and twice
 * for the same person. Seat count and registration are one compare-and-set on the session,
 * retried on a concurrent change (each attempt re-checks everything on the session read anew).
 */
export async function registerPerson(
  d: SessionsDeps,
  principal: Principal,
  sessionId: string,
  body: { personId?: string; pool?: SeatPool },
) {
  const from = Date.now();
  for (let attempt = 1; ; attempt++) {
    const done = await tryRegister(d, principal, sessionId, body);
    if (done) return done;
    if (attempt >= ATTEMPTS || Date.now() - from > BUDGET_MS) throw conflict('The session changed meanwhile: try again');
    // Jittered, growing pause: the racers spread out instead of colliding again.
    await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
  }
}

/** One read-decide-write of the session; undefined when another change won the compare-and-set. */
async function tryRegister(d: SessionsDeps, principal: Principal, sessionId: string, body: { personId?: string; pool?: SeatPool }) {
  const access = await sessionAccess(d, principal, sessionId);
  const { session: s } = access;
  // A person who also follows pairs (a Konnecteur who is a volunteer) registers their pairs' beneficiaries as a Konnecteur.
  const asKonnecteur =
    access.role === 'person' &&
    !!body.personId &&
    !access.ownPersonIds.includes(body.personId) &&
    access.followedIds.includes(body.personId);
  const role = asKonnecteur ? 'konnecteur' : access.role;
  let personId = body.personId;
  if (role === 'person') personId ??= access.ownPersonIds[0];
  // A person's own seat is in their pool (a volunteer's in the volunteers'); staff and Konnecteurs seat beneficiaries unless told.
  const ownPool: SeatPool = personId && (access.ownVolunteerIds ?? []).includes(personId) ? 'volunteers' : 'beneficiaries';
  const pool: SeatPool = body.pool ?? (role === 'person' ? ownPool : 'beneficiaries');
  if (role === 'person') {
    if (!personId || !access.ownPersonIds.includes(personId)) throw forbidden('A person registers themselves only (field: body.personId)');
    if (pool !== ownPool)
      throw forbidden(
        ownPool === 'volunteers'
          ? "A volunteer takes a volunteers' seat only (field: body.pool)"
          : "A beneficiary takes a beneficiaries' seat only (field: body.pool)",
      );
  } else if (role === 'konnecteur') {
    if (!personId || !access.followedIds.includes(personId) || pool !== 'beneficiaries')
      throw forbidden('A Konnecteur registers the beneficiaries of the pairs they follow only (field: body.personId)');
  } else if (role !== 'staff') throw forbidden('Only staff, the person themselves or their Konnecteur register');
  if (!personId) throw validationFailed([{ field: 'body.personId', message: 'required' }]);
  const now = d.now();
  assertOpen(s, now);
  assertNotRegistered(s, personId);
  if (s.capacity[pool] === 0) throw validationFailed([{ field: 'body.pool', message: `this session has no ${pool} seats` }]);
  const person = pool === 'beneficiaries' ? (await d.beneficiaries.byIds(s.territoryId, [personId]))[0] : undefined;
  const need = pool === 'beneficiaries' ? needOf(s.needs, person?.needs ?? []) : { needRank: 0, reason: 'volunteers: time of request' };
  const free = hasFreeSeat(s, pool);
  const r: Registration = {
    id: randomUUID(),
    personId,
    pool,
    status: free ? 'registered' : 'waitlisted',
    requestedAt: now,
    requestedBy: role === 'person' || role === 'konnecteur' ? role : 'staff',
    ...need,
  };
  const registrations = [...s.registrations, r];
  const after = { ...s, registrations };
  const event = free
    ? sessionEvent(WorkshopRegistrationCreated, s, { ...registrationIds(s, r), seatPool: r.pool })
    : sessionEvent(WorkshopRegistrationWaitlisted, s, { ...registrationIds(s, r), seatPool: r.pool, rank: rankOf(after, r) });
  if (!(await d.sessions.save(s, { registrations }, [event]))) return undefined;
  return registrationView(after, r, role);
}
