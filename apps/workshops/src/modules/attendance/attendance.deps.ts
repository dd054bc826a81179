import type { SessionsDeps } from '../sessions/sessions.deps';
import type { AbsenceAlertRepository } from './absence-alert.repository';

export interface AttendanceDeps extends SessionsDeps {
  alerts: AbsenceAlertRepository;
}
