import type { Permission, Principal } from '@binome/auth';
import { pagingOf } from '@binome/http-server';
import type { OrganisationsDeps } from '../organisations.deps';
import { organisationReach } from '../partner-organisation.reach';
import type { ListOrganisationsQuery } from './list-partner-organisations.request';

/** A page of the records within the principal's reach, by name. */
export async function listPartnerOrganisations(
  deps: OrganisationsDeps,
  principal: Principal,
  permission: Permission,
  query: ListOrganisationsQuery,
) {
  const reach = organisationReach(principal, permission);
  return reach ? deps.organisations.search(reach.scope, query, pagingOf(query, { name: 1 }), reach.filter) : { items: [], total: 0 };
}
