import type { Principal } from '@binome/auth';
import type { PairRef } from '@binome/matching-engine';
import { constraintPromotion } from '../matching-state';
import { proposalView } from '../promotion-matching.views';
import type { ProposalsDeps } from '../proposals.deps';

export async function removePin(d: ProposalsDeps, principal: Principal, promotionId: string, pin: PairRef, territoryId?: string) {
  const ref = await constraintPromotion(d, principal, promotionId, territoryId);
  return proposalView(await d.matchings.removePin(ref, pin));
}
