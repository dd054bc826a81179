import type { Permission, Principal } from '@binome/auth';
import { promotionReach } from '../promotion.reach';
import type { PromotionsDeps } from '../promotions.deps';
import type { ListPromotionsQuery } from './list-promotions.request';

/** A page of the promotions within the principal's reach. */
export async function listPromotions(deps: PromotionsDeps, principal: Principal, permission: Permission, query: ListPromotionsQuery) {
  const reach = await promotionReach(deps.people, principal, permission);
  return reach ? deps.promotions.list(reach.scope, query, reach.filter) : { items: [], total: 0 };
}
