import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { PartnerCompany } from '../partner-company.entity';
import type { OrganisationsDeps } from '../organisations.deps';
import { companyReach } from '../partner-company.reach';

/** One record within the principal's reach; 404 otherwise. */
export async function getPartnerCompany(
  deps: OrganisationsDeps,
  principal: Principal,
  permission: Permission,
  id: string,
): Promise<PartnerCompany> {
  const reach = companyReach(principal, permission);
  const doc = reach ? await deps.companies.findById(reach.scope, id, reach.filter) : null;
  if (!doc) throw notFound('Partner company');
  return doc;
}
