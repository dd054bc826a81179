import type { OutboxEntry } from '@binome/outbox';
import { sessionEvent, WorkshopSessionAttended, WorkshopSessionMissed } from '../sessions/session.events';
import type { AttendanceMark, Registration, Session } from '../sessions/session.entity';

/** The event of a mark: attending carries what the workshop develops, missing says whether it was excused. */
export function markEvent(s: Session, r: Registration, mark: AttendanceMark): OutboxEntry {
  const base = { sessionId: s._id, workshopId: s.workshopId, territoryId: s.territoryId, personId: r.personId };
  return mark === 'present' || mark === 'late'
    ? sessionEvent(WorkshopSessionAttended, s, { ...base, attendance: mark, competencies: s.competencies, sessionStartsAt: s.startsAt })
    : sessionEvent(WorkshopSessionMissed, s, { ...base, excused: mark === 'excused', sessionStartsAt: s.startsAt });
}

/** Arriving more than this after the start is late. */
export const LATE_AFTER_MS = 15 * 60_000;
