import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { updatePartner } from '../multi-territory-writes';
import type { PartnerCompany } from '../partner-company.entity';
import type { OrganisationsDeps } from '../organisations.deps';
import { companyReach } from '../partner-company.reach';
import type { UpdateCompanyRequest } from './update-partner-company.request';

/** Changes within the principal's reach; the partner itself may not attach territories nor (de)activate. */
export async function updatePartnerCompany(
  deps: OrganisationsDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  patch: UpdateCompanyRequest,
): Promise<PartnerCompany> {
  const reach = companyReach(principal, permission);
  if (!reach) throw notFound('Partner company');
  return updatePartner<PartnerCompany>(deps.companies, principal, id, patch, 'Partner company', reach);
}
