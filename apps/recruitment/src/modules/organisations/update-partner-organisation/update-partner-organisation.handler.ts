import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { updatePartner } from '../multi-territory-writes';
import type { PartnerOrganisation } from '../partner-organisation.entity';
import type { OrganisationsDeps } from '../organisations.deps';
import { organisationReach } from '../partner-organisation.reach';
import type { UpdateOrganisationRequest } from './update-partner-organisation.request';

/** Changes within the principal's reach; the partner itself may not attach territories nor (de)activate. */
export async function updatePartnerOrganisation(
  deps: OrganisationsDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  patch: UpdateOrganisationRequest,
): Promise<PartnerOrganisation> {
  const reach = organisationReach(principal, permission);
  if (!reach) throw notFound('Partner organisation');
  return updatePartner<PartnerOrganisation>(deps.organisations, principal, id, patch, 'Partner organisation', reach);
}
