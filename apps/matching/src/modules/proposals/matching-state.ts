import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { ProposalsDeps } from './proposals.deps';
import type { PromotionMatching } from './promotion-matching.entity';
import { promotionInReach, type PromotionRef } from './promotion-ref';

/** The promotion's matching state in the caller's scope; 404 when there is none. */
export async function matchingStateOf(
  d: Pick<ProposalsDeps, 'matchings'>,
  principal: Principal,
  promotionId: string,
): Promise<PromotionMatching> {
  const state = await d.matchings.find(principal.scope, promotionId);
  if (!state) throw notFound('Matching of this promotion');
  return state;
}

/**
 * The promotion a pin or ban is written to. The territory named in the body, else the one of the
 * promotion's existing state in the caller's scope; either way recruitment confirms the promotion
 * before anything is written.
 */
export async function constraintPromotion(
  d: Pick<ProposalsDeps, 'matchings' | 'recruitment'>,
  principal: Principal,
  promotionId: string,
  territoryId?: string,
): Promise<PromotionRef> {
  const t = territoryId ?? (await matchingStateOf(d, principal, promotionId)).territoryId;
  return promotionInReach(d, principal, t, promotionId);
}
