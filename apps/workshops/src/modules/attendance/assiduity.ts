import type { AttendanceMark, Session } from '../sessions/session.entity';

export interface Assiduity {
  /** Past sessions where the person held a seat. */
  sessions: number;
  present: number;
  late: number;
  excused: number;
  absent: number;
  /** Past seats with no mark yet (the roll was not taken): not counted in the rate. */
  unrecorded: number;
  /** (present + late) / (present + late + absent): excused absences do not count against anyone. */
  rate: number | null;
}

export interface Seat {
  session: Pick<Session, '_id' | 'startsAt' | 'workshopId'>;
  mark?: AttendanceMark;
}

/** Only seats of sessions that have started count: a future session is no absence. */
export function assiduityOf(seats: readonly Seat[], now: Date): Assiduity {
  const past = seats.filter((s) => s.session.startsAt <= now);
  const n = (m: AttendanceMark) => past.filter((s) => s.mark === m).length;
  const present = n('present');
  const late = n('late');
  const absent = n('absent');
  const counted = present + late + absent;
  return {
    sessions: past.length,
    present,
    late,
    excused: n('excused'),
    absent,
    unrecorded: past.filter((s) => !s.mark).length,
    rate: counted ? Math.round(((present + late) / counted) * 1000) / 1000 : null,
  };
}

/** The seats (registered places) of a person across sessions. */
export const seatsOf = (sessions: readonly Session[], personId: string): Seat[] =>
  sessions.flatMap((s) =>
    s.registrations
      .filter((r) => r.personId === personId && r.status === 'registered' && s.status === 'scheduled')
      .map((r) => ({ session: s, mark: r.attendance })),
  );

/** Every seat of a set of sessions (a session's or a workshop's assiduity). */
export const allSeats = (sessions: readonly Session[]): Seat[] =>
  sessions.flatMap((s) =>
    s.status === 'scheduled'
      ? s.registrations.filter((r) => r.status === 'registered').map((r) => ({ session: s, mark: r.attendance }))
      : [],
  );
