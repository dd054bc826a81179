import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { pairReach } from '../pair.reach';
import { pairExplanation, pairView } from '../pair.views';
import type { PairsDeps } from '../pairs.deps';

/** A pair with its explanation; outside the caller's reach it is 404, as an unknown id. */
export async function getPair(d: Pick<PairsDeps, 'pairs' | 'recruitment'>, principal: Principal, permission: Permission, id: string) {
  const found = await d.pairs.findById(principal.scope, id);
  const reach = found ? await pairReach(d, principal, permission, found.promotionId) : undefined;
  const pair = reach ? await d.pairs.findById(reach.scope, id, reach.filter) : null;
  if (!pair) throw notFound('Pair');
  return { ...pairView(pair), explanation: pairExplanation(pair) };
}
