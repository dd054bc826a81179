import { workshopsV1 } from '@binome/contracts';
import { assertTerritory, can, territoryReach, type Principal, type TokenVerifier } from '@binome/auth';
import { forbidden, validationFailed } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { territory } from '@binome/persistence';
import { isActive } from './modules/attendance/absence-alert';
import { assiduityOf, seatsOf } from './modules/attendance/assiduity';
import type { AttendanceDeps } from './modules/attendance/attendance.deps';

const required = (fields: Record<string, string>) => {
  const missing = Object.entries(fields).filter(([, v]) => !v);
  if (missing.length) throw validationFailed(missing.map(([field]) => ({ field, message: 'required' })));
};

/** Assiduity and attended competencies per person, for other services: territory reaches of `workshops` read. */
export function workshopsGrpc(d: AttendanceDeps, verifier: TokenVerifier, logger: Logger) {
  const allowed = (principal: Principal, territoryId: string) => {
    if (!territoryReach(principal, can(principal, 'workshops', 'write'))) throw forbidden("Not allowed to read a territory's attendance");
    assertTerritory(principal, territoryId);
  };
  const seats = async (territoryId: string, personId: string) => {
    const sessions = await d.sessions.ofPerson(territory(territoryId), personId);
    return { sessions, seats: seatsOf(sessions, personId) };
  };
  const implementation: workshopsV1.WorkshopsServiceServer = {
    getAssiduity: authenticatedUnary(verifier, logger, async (req: workshopsV1.GetAssiduityRequest, principal) => {
      required({ territory_id: req.territoryId, person_id: req.personId });
      allowed(principal, req.territoryId);
      const now = d.now();
      const a = assiduityOf((await seats(req.territoryId, req.personId)).seats, now);
      const alert = await d.alerts.of(req.territoryId, req.personId);
      return {
        personId: req.personId,
        sessions: a.sessions,
        present: a.present,
        late: a.late,
        excused: a.excused,
        absent: a.absent,
        rate: a.rate ?? 0,
        alert: isActive(alert, now),
      };
    }),
    listAttendedCompetencies: authenticatedUnary(verifier, logger, async (req: workshopsV1.ListAttendedCompetenciesRequest, principal) => {
      required({ territory_id: req.territoryId, person_id: req.personId });
      allowed(principal, req.territoryId);
      const { sessions } = await seats(req.territoryId, req.personId);
      const attended = sessions.filter((s) =>
        s.registrations.some((r) => r.personId === req.personId && (r.attendance === 'present' || r.attendance === 'late')),
      );
      return { personId: req.personId, competencies: [...new Set(attended.flatMap((s) => s.competencies))].sort() };
    }),
  };
  return { definition: workshopsV1.WorkshopsServiceService, implementation };
}
