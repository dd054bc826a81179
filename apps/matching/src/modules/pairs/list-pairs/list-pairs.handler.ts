import type { Permission, Principal } from '@binome/auth';
import type { Paging } from '@binome/persistence';
import { pairReach } from '../pair.reach';
import type { PairQuery } from '../pair.repository';
import { pairView } from '../pair.views';
import type { PairsDeps } from '../pairs.deps';

/** A page of a promotion's pairs within the caller's reach (none: an empty page). */
export async function listPairs(
  d: Pick<PairsDeps, 'pairs' | 'recruitment'>,
  principal: Principal,
  permission: Permission,
  q: PairQuery & { promotionId: string },
  paging: Paging,
) {
  const reach = await pairReach(d, principal, permission, q.promotionId);
  if (!reach) return { items: [], total: 0 };
  const { items, total } = await d.pairs.list(reach.scope, q, paging, reach.filter);
  return { items: items.map(pairView), total };
}
