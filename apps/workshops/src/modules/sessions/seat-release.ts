import type { OutboxEntry } from '@binome/outbox';
import { territory } from '@binome/persistence';
import { promotedEvent } from './session.events';
import { SEAT_POOLS, type Registration, type Session } from './session.entity';
import type { SessionsDeps } from './sessions.deps';
import { promotions } from './waitlist';

/**
 * The registrations after seats freed (a cancellation, a larger capacity): the first of each
 * pool's waitlist take them, by need then time of request, unless registration has closed or one
 * of their pair meetings (projected from scheduling) clashes with the session. The promotions and
 * their events are written with the change that freed the seats, in the same document.
 */
export async function withPromotions(
  d: Pick<SessionsDeps, 'meetings' | 'workshops'>,
  s: Session,
  now: Date,
): Promise<{ registrations: Registration[]; events: OutboxEntry[]; promoted: Registration[] }> {
  const waiting = s.registrations.filter((r) => r.status === 'waitlisted').map((r) => r.personId);
  const clash = now < s.closesAt ? await d.meetings.clashing(s.territoryId, waiting, s.startsAt, s.endsAt) : new Set<string>();
  const promoted = SEAT_POOLS.flatMap((pool) => promotions(s, pool, now, (p) => clash.has(p)));
  const ids = new Set(promoted.map((r) => r.id));
  const registrations = s.registrations.map((r) => (ids.has(r.id) ? { ...r, status: 'registered' as const, promotedAt: now } : r));
  const after = { ...s, registrations };
  // The title goes into the event so that scheduling can tell the person what they were promoted to.
  const title = promoted.length ? ((await d.workshops.findById(territory(s.territoryId), s.workshopId))?.title ?? '') : '';
  return { registrations, events: promoted.map((r) => promotedEvent(after, { ...r, status: 'registered' }, title)), promoted };
}
