import type { Logger } from '@binome/logging';
import type { IntakeNeeds } from '../certification/recruitment.client';
import type { ResourceRepository } from '../library/resource.repository';
import type { T0Gaps } from './impact.client';
import type { MeetingGuideRepository } from './meeting-guide.repository';
import type { WorkshopAttendanceRepository } from './workshop-attendance.repository';

export interface GuidesDeps {
  guides: MeetingGuideRepository;
  resources: ResourceRepository;
  /** Competencies attended, from workshops' events (this service's own projection). */
  attendance: WorkshopAttendanceRepository;
  /** Recruitment's intake needs (absent: not configured, the guide goes without). */
  recruitment?: IntakeNeeds;
  /** Impact's T0 gaps (absent: not configured). */
  impact?: T0Gaps;
  logger?: Logger;
  now: () => Date;
}
