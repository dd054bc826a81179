import type { Permission, Principal } from '@binome/auth';
import { pagingOf } from '@binome/http-server';
import { mayQueryAllFields, pagingOnly } from '@binome/access';
import { volunteerReadReach } from '../volunteer.reach';
import { presentVolunteers } from '../volunteer.views';
import type { VolunteerReadDeps } from '../volunteers.deps';
import { VOLUNTEER_SORT_PATHS, type ListVolunteersQuery } from './list-volunteers.request';

/** A page of the volunteers within the principal's reach, each in the view its reach gives. */
export async function listVolunteers(deps: VolunteerReadDeps, principal: Principal, permission: Permission, query: ListVolunteersQuery) {
  const reach = await volunteerReadReach(deps.pairs, principal, permission);
  if (!reach) return { items: [], total: 0 };
  // Self and pair views: paging and ids only, so that no filter or sort reveals a field the view hides.
  const { items, total } = mayQueryAllFields(reach, ['all-territories', 'own-territory', 'own-company'])
    ? await deps.volunteers.search(reach.scope, query, pagingOf(query, { createdAt: -1 }, VOLUNTEER_SORT_PATHS), reach.filter)
    : await deps.volunteers.search(reach.scope, { id: query.id }, pagingOf(pagingOnly(query), { createdAt: -1 }), reach.filter);
  return { items: await presentVolunteers(deps, principal, reach, items), total };
}
