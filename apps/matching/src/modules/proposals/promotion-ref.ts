import { assertTerritory, type Principal } from '@binome/auth';
import type { RecruitmentClient } from '../recruitment/recruitment.client';

declare const checked: unique symbol;

/**
 * A promotion matching may write state for: recruitment placed it in `territoryId` for this
 * caller. `promotion_matchings` are created on first write, so the repository takes only this
 * type: a territory from a request body alone can no longer create a record for another
 * territory's promotion (or a promotion that does not exist).
 */
export interface PromotionRef {
  readonly territoryId: string;
  readonly promotionId: string;
  readonly [checked]: true;
}

/**
 * Asks recruitment, with the caller's token, whether the promotion exists in the territory named
 * by the request and within the caller's reach. Another territory's promotion is 404, exactly as
 * an unknown id: recruitment only looks inside the territory asked for.
 */
export async function promotionInReach(
  d: { recruitment: Pick<RecruitmentClient, 'promotion'> },
  principal: Principal,
  territoryId: string,
  promotionId: string,
): Promise<PromotionRef> {
  assertTerritory(principal, territoryId);
  await d.recruitment.promotion({ token: principal.token }, territoryId, promotionId);
  return { territoryId, promotionId } as PromotionRef;
}

/** A stored pair's promotion: pairs are only written by runs and decisions on a checked promotion. */
export function promotionOfPair(pair: { territoryId: string; promotionId: string }): PromotionRef {
  return { territoryId: pair.territoryId, promotionId: pair.promotionId } as PromotionRef;
}
