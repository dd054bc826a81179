import { stateMachine } from '@binome/state-machine';
import type { Criterion, ScoreDetails } from '@binome/matching-engine';

export const PAIR_STATUSES = ['proposed', 'confirmed', 'active', 'completed', 'dissolved', 'withdrawn'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

/**
 * proposed → confirmed → active → completed, or → dissolved (with a reason) from confirmed or
 * active. A proposed pair that staff reject, or that a re-run replaces, is withdrawn (it never
 * reached the participants).
 */
export const pairLifecycle = stateMachine<PairStatus>('pair', {
  proposed: ['confirmed', 'withdrawn'],
  confirmed: ['active', 'dissolved'],
  active: ['completed', 'dissolved'],
  completed: [],
  dissolved: [],
  withdrawn: [],
});

/** Statuses in which a pair holds its beneficiary and a slot of its volunteer. */
export const LIVE_STATUSES: readonly PairStatus[] = ['proposed', 'confirmed', 'active'];
/** Statuses in which the pair was decided by staff: re-runs keep them as they are. */
export const DECIDED_STATUSES: readonly PairStatus[] = ['confirmed', 'active'];

export const DISSOLUTION_REASONS = ['beneficiary-withdrew', 'volunteer-withdrew', 'incompatibility', 'non-attendance', 'other'] as const;
export type DissolutionReason = (typeof DISSOLUTION_REASONS)[number];

export interface StoredScore {
  total: number;
  contributions: Record<Criterion, number>;
  details: ScoreDetails;
}

/** A binôme: one beneficiary, one volunteer, in one promotion of one territory. */
export interface Pair {
  _id: string;
  territoryId: string;
  promotionId: string;
  beneficiaryId: string;
  volunteerId: string;
  status: PairStatus;
  score: StoredScore;
  /** The volunteer's workplace, where the pair meets (for Konnecteur proximity). Never in events. */
  meetingPlace: { lat: number; lon: number };
  pinned: boolean;
  /** The matching run that proposed it; absent for a re-match of a dissolved pair. */
  proposalId?: string;
  replacesPairId?: string;
  konnecteurId?: string;
  /**
   * The Konnecteur's email as staff gave it at assignment (lower-cased): links the pair to the
   * Konnecteur's token (verified email) for their own-pairs reach. Never in events nor in views.
   */
  konnecteurEmail?: string;
  konnecteurDistanceKm?: number;
  dissolution?: { reason: DissolutionReason; note?: string };
  history: { status: PairStatus; at: Date; by: string }[];
  createdAt: Date;
  updatedAt: Date;
}
