import { AppError, validationFailed, type FieldIssue } from '@binome/errors';
import type { Competency, Format, WorkshopNeed } from '../catalogue/workshop.entity';

export const SEAT_POOLS = ['beneficiaries', 'volunteers'] as const;
export type SeatPool = (typeof SEAT_POOLS)[number];

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const ATTENDANCE_MARKS = ['present', 'late', 'excused', 'absent'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Who asked for the seat: the person themselves, or staff on their behalf. */
export const REQUESTERS = ['person', 'staff', 'konnecteur'] as const;
export type Requester = (typeof REQUESTERS)[number];

/**
 * One person's place in a session. Registrations live inside their session's document, so the
 * seat count, the waitlist and a promotion change in one atomic write (no transactions needed).
 */
export interface Registration {
  id: string;
  personId: string;
  pool: SeatPool;
  status: RegistrationStatus;
  requestedAt: Date;
  requestedBy: Requester;
  /** How many of the workshop's needs the person has (intake): the waitlist's first key. */
  needRank: number;
  /** Why they are placed where they are, for staff ("intake: CV"). */
  reason: string;
  promotedAt?: Date;
  cancelledAt?: Date;
  attendance?: AttendanceMark;
  attendanceAt?: Date;
  /** Whether the person rated the session (not what: feedback may be anonymous). */
  feedbackGiven?: boolean;
}

export interface Session {
  _id: string;
  territoryId: string;
  workshopId: string;
  /** One promotion, or several of the territory (an open session). */
  promotionIds: string[];
  startsAt: Date;
  endsAt: Date;
  format: Format;
  /** Kept here only (never in events). */
  place?: string;
  link?: string;
  capacity: Record<SeatPool, number>;
  closesAt: Date;
  facilitatorIds: string[];
  status: SessionStatus;
  /** Copied from the workshop when planned: what attending develops and the needs it answers. */
  competencies: Competency[];
  needs: WorkshopNeed[];
  /** TOTP secret of the check-in code (never leaves the service). */
  checkInSecret: string;
  registrations: Registration[];
  /** Raised by every write: each change is a compare-and-set on it. */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

const conflictOn = (field: string, message: string) =>
  new AppError('conflict', `${message} (field: ${field})`, { fields: [{ field, message }] });

/** The times of a session, each rule naming its field. */
export function assertTimes(s: { startsAt: Date; endsAt: Date; closesAt: Date }, now: Date, changing = false): void {
  const issues: FieldIssue[] = [];
  if (s.endsAt <= s.startsAt) issues.push({ field: 'body.endsAt', message: 'the end must come after the start' });
  if (s.closesAt > s.startsAt) issues.push({ field: 'body.closesAt', message: 'registrations must close before the session starts' });
  if (!changing && s.startsAt <= now) issues.push({ field: 'body.startsAt', message: 'a session is planned in the future' });
  if (issues.length) throw validationFailed(issues);
}

export const seated = (s: Pick<Session, 'registrations'>, pool: SeatPool) =>
  s.registrations.filter((r) => r.pool === pool && r.status === 'registered');

/** A capacity below the people already seated is refused: staff cancel seats first. */
export function assertCapacity(s: Pick<Session, 'registrations'>, capacity: Record<SeatPool, number>): void {
  for (const pool of SEAT_POOLS) {
    const n = seated(s, pool).length;
    if (capacity[pool] < n)
      throw conflictOn(`body.capacity.${pool}`, `${n} people already hold a ${pool} seat: the capacity cannot go below that`);
  }
}

/** Registration is open until the closing time, on a scheduled session. */
export function assertOpen(s: Pick<Session, 'closesAt' | 'status'>, now: Date): void {
  if (s.status !== 'scheduled') throw conflictOn('sessionId', 'the session is cancelled');
  if (now >= s.closesAt) throw conflictOn('closesAt', `registrations closed at ${s.closesAt.toISOString()}`);
}

export const activeRegistrationOf = (s: Pick<Session, 'registrations'>, personId: string) =>
  s.registrations.find((r) => r.personId === personId && r.status !== 'cancelled');

export function assertNotRegistered(s: Pick<Session, 'registrations'>, personId: string): void {
  const r = activeRegistrationOf(s, personId);
  if (r) throw conflictOn('body.personId', `the person is already ${r.status} in this session`);
}

/** A session without a facilitator shows as at risk: volunteers' availability is uneven. */
export const atRisk = (s: Pick<Session, 'facilitatorIds' | 'status'>): boolean => s.status === 'scheduled' && s.facilitatorIds.length === 0;

export { conflictOn };
