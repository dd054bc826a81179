import type { Permission, Principal } from '@binome/auth';
import { pagingOf } from '@binome/http-server';
import type { OrganisationsDeps } from '../organisations.deps';
import { companyReach } from '../partner-company.reach';
import type { ListCompaniesQuery } from './list-partner-companies.request';

/** A page of the records within the principal's reach, by name. */
export async function listPartnerCompanies(
  deps: OrganisationsDeps,
  principal: Principal,
  permission: Permission,
  query: ListCompaniesQuery,
) {
  const reach = companyReach(principal, permission);
  return reach ? deps.companies.search(reach.scope, query, pagingOf(query, { name: 1 }), reach.filter) : { items: [], total: 0 };
}
