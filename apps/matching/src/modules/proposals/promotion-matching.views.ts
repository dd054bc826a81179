import type { PromotionMatching } from './promotion-matching.entity';

/** A promotion's matching as the REST API shows it: pins, bans and the latest run, no lease. */
export function proposalView(state: PromotionMatching) {
  return { promotionId: state._id, territoryId: state.territoryId, pins: state.pins, bans: state.bans, latest: state.latest ?? null };
}
