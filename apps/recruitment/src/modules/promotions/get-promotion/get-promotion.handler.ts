import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { Promotion } from '../promotion.entity';
import { promotionReach } from '../promotion.reach';
import type { PromotionsDeps } from '../promotions.deps';

/** One promotion within the principal's reach; 404 otherwise. */
export async function getPromotion(deps: PromotionsDeps, principal: Principal, permission: Permission, id: string): Promise<Promotion> {
  const reach = await promotionReach(deps.people, principal, permission);
  const promotion = reach ? await deps.promotions.findById(reach.scope, id, reach.filter) : null;
  if (!promotion) throw notFound('Promotion');
  return promotion;
}
