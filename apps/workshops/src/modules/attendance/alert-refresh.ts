import { territory } from '@binome/persistence';
import { alertDue } from './absence-alert';
import { seatsOf } from './assiduity';
import type { AttendanceDeps } from './attendance.deps';

/** After an absence is recorded: raise the person's alert if their recent record calls for it. */
export async function refreshAbsenceAlert(d: AttendanceDeps, territoryId: string, personId: string, now: Date): Promise<void> {
  const seats = seatsOf(await d.sessions.ofPerson(territory(territoryId), personId), personId);
  const current = await d.alerts.of(territoryId, personId);
  const due = alertDue(seats, current, now);
  if (due) await d.alerts.raise(territoryId, personId, due.absences, now, due.expiresAt, current);
}
