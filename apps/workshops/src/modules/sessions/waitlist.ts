import type { WorkshopNeed } from '../catalogue/workshop.entity';
import { seated, type Registration, type SeatPool, type Session } from './session.entity';

/**
 * Where a request stands on the waitlist: first by need (how many of the workshop's needs the
 * person recorded at intake), then by time of request. Fairer than first come, first served:
 * a person who needs the workshop is not pushed back by someone who was quicker to ask.
 */
export function needOf(workshopNeeds: readonly WorkshopNeed[], personNeeds: readonly string[]): { needRank: number; reason: string } {
  const matched = workshopNeeds.filter((n) => personNeeds.includes(n));
  return matched.length
    ? { needRank: matched.length, reason: `intake: ${matched.join(', ')}` }
    : { needRank: 0, reason: 'no intake need answered by this workshop' };
}

/** The order of the waitlist: need first (more needs answered first), then time of request, then id. */
export const waitlistOrder = (a: Registration, b: Registration): number =>
  b.needRank - a.needRank || a.requestedAt.getTime() - b.requestedAt.getTime() || a.id.localeCompare(b.id);

export const waitlistOf = (s: Pick<Session, 'registrations'>, pool: SeatPool): Registration[] =>
  s.registrations.filter((r) => r.pool === pool && r.status === 'waitlisted').sort(waitlistOrder);

/** 1 is next; the rank a new request would take is computed the same way. */
export const rankOf = (s: Pick<Session, 'registrations'>, r: Registration): number =>
  waitlistOf({ registrations: [...s.registrations.filter((x) => x.id !== r.id), r] }, r.pool).findIndex((x) => x.id === r.id) + 1;

export const hasFreeSeat = (s: Pick<Session, 'registrations' | 'capacity'>, pool: SeatPool): boolean =>
  seated(s, pool).length < s.capacity[pool];

/**
 * Who takes the freed seats of a pool: the first waitlisted people in order, while seats are
 * free, before the closing time only, and skipping anyone whose meetings clash with the session
 * (they stay waitlisted: a later seat may suit them if the meeting moves).
 */
export function promotions(
  s: Pick<Session, 'registrations' | 'capacity' | 'closesAt'>,
  pool: SeatPool,
  now: Date,
  clashes: (personId: string) => boolean,
): Registration[] {
  if (now >= s.closesAt) return [];
  let free = s.capacity[pool] - seated(s, pool).length;
  const out: Registration[] = [];
  for (const r of waitlistOf(s, pool)) {
    if (free <= 0) break;
    if (clashes(r.personId)) continue;
    out.push(r);
    free -= 1;
  }
  return out;
}
