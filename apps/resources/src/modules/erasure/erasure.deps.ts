import type { BadgeRepository } from '../certification/badge.repository';
import type { WorkshopAttendanceRepository } from '../guides/workshop-attendance.repository';
import type { CompletionRepository } from '../training/training-module.repository';

export interface ErasureDeps {
  badges: BadgeRepository;
  completions: CompletionRepository;
  attendance: WorkshopAttendanceRepository;
  now: () => Date;
}
