import type { PairRef } from '@binome/matching-engine';

/** Summary of a promotion's latest matching run. */
export interface ProposalSummary {
  proposalId: string;
  ranAt: Date;
  ranBy: string;
  pairCount: number;
  totalScore: number;
  unmatchedBeneficiaryIds: string[];
  volunteersWithFreeCapacity: string[];
  kept: number;
  added: number;
  dropped: number;
}

/**
 * Matching's state of one promotion: staff pins and bans, the latest run, and the lease that
 * serialises changes to the proposal (a run, a decision) across instances without transactions.
 */
export interface PromotionMatching {
  _id: string;
  territoryId: string;
  pins: PairRef[];
  bans: PairRef[];
  latest?: ProposalSummary;
  version: number;
  leaseUntil: Date;
  createdAt: Date;
}
