import type { Principal } from '@binome/auth';
import type { PairRef } from '@binome/matching-engine';
import { constraintPromotion } from '../matching-state';
import { proposalView } from '../promotion-matching.views';
import type { ProposalsDeps } from '../proposals.deps';

/** A pin replaces the beneficiary's earlier pin and lifts a ban of the same pair (the repository applies it). */
export async function addPin(d: ProposalsDeps, principal: Principal, promotionId: string, pin: PairRef, territoryId?: string) {
  const ref = await constraintPromotion(d, principal, promotionId, territoryId);
  return proposalView(await d.matchings.addPin(ref, pin));
}
