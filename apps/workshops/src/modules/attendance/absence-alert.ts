import type { Seat } from './assiduity';

/** Unexcused absences within the window that raise an alert. */
export const ABSENCES_FOR_ALERT = 2;
/** Only recent absences count: an old absence is not held against the person for ever. */
export const ALERT_WINDOW_DAYS = 60;
/** The flag expires: staff act on it, or the person's record improves. */
export const ALERT_TTL_DAYS = 30;
const DAY = 86_400_000;

export interface AbsenceAlert {
  /** `<personId>`: one alert record per person, raised again after it expires. */
  _id: string;
  territoryId: string;
  personId: string;
  unexcusedAbsences: number;
  raisedAt: Date;
  expiresAt: Date;
}

/** Unexcused absences in sessions that have taken place within the window (excused ones and future sessions never count). */
export const recentAbsences = (seats: readonly Seat[], now: Date): number =>
  seats.filter(
    (s) => s.mark === 'absent' && s.session.startsAt <= now && s.session.startsAt.getTime() > now.getTime() - ALERT_WINDOW_DAYS * DAY,
  ).length;

export const isActive = (a: Pick<AbsenceAlert, 'expiresAt'> | null | undefined, now: Date): boolean => !!a && a.expiresAt > now;

/** Should an alert be raised now: enough recent unexcused absences and no alert still active. */
export function alertDue(
  seats: readonly Seat[],
  current: AbsenceAlert | null,
  now: Date,
): { absences: number; expiresAt: Date } | undefined {
  const absences = recentAbsences(seats, now);
  if (absences < ABSENCES_FOR_ALERT || isActive(current, now)) return undefined;
  return { absences, expiresAt: new Date(now.getTime() + ALERT_TTL_DAYS * DAY) };
}
