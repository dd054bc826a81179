import type { Principal } from '@binome/auth';
import type { PairRef } from '@binome/matching-engine';
import { constraintPromotion } from '../matching-state';
import { proposalView } from '../promotion-matching.views';
import type { ProposalsDeps } from '../proposals.deps';

/** A ban lifts a pin of the same pair (the repository applies it). */
export async function addBan(d: ProposalsDeps, principal: Principal, promotionId: string, ban: PairRef, territoryId?: string) {
  const ref = await constraintPromotion(d, principal, promotionId, territoryId);
  return proposalView(await d.matchings.addBan(ref, ban));
}
