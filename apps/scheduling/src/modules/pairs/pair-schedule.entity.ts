import type { HealthReason, HealthStatus } from '../health/cadence';

/** The pair's life as matching tells it; only confirmed and active pairs get meetings. */
export const PAIR_SCHEDULE_STATUSES = ['confirmed', 'active', 'dissolved', 'completed'] as const;
export type PairScheduleStatus = (typeof PAIR_SCHEDULE_STATUSES)[number];
export const PLANNABLE: readonly PairScheduleStatus[] = ['confirmed', 'active'];

/**
 * Scheduling's record of a pair, projected from matching's events (ids only: names, contacts and
 * places stay in recruitment and matching). `startedOn` is the day the pair was confirmed, the
 * origin of the cadence milestones; `health` is the last computed cadence status, kept so that a
 * change raises or clears an alert exactly once.
 */
export interface PairSchedule {
  _id: string;
  territoryId: string;
  promotionId: string;
  beneficiaryId: string;
  volunteerId: string;
  konnecteurId?: string;
  status: PairScheduleStatus;
  startedOn: Date;
  /** The end of the promotion's last day, from recruitment's `PromotionPlanned` (when seen). */
  promotionEndsOn?: Date;
  health: { status: HealthStatus; reasons: HealthReason[]; computedAt: Date };
  createdAt: Date;
  updatedAt: Date;
}
