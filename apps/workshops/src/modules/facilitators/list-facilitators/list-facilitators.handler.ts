import type { Permission, Principal } from '@binome/auth';
import { idsFilter, pagingOf } from '@binome/http-server';
import { facilitatorReach } from '../facilitator.reach';
import { facilitatorView } from '../facilitator.views';
import type { FacilitatorsDeps } from '../facilitators.deps';
import type { ListFacilitatorsQuery } from './list-facilitators.request';

/** Staff: their territory's facilitators; a Koach: their own record. */
export async function listFacilitators(d: FacilitatorsDeps, principal: Principal, permission: Permission, q: ListFacilitatorsQuery) {
  const reach = facilitatorReach(principal, permission);
  if (!reach) return { items: [], total: 0 };
  const filter = { $and: [idsFilter(q.id), q.kind ? { kind: q.kind } : {}] };
  const { items, total } = await d.facilitators.list(reach.scope, filter, pagingOf(q, { createdAt: 1 }), reach.filter);
  return { items: items.map(facilitatorView), total };
}
