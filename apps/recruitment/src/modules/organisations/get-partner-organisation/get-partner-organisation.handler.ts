import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { PartnerOrganisation } from '../partner-organisation.entity';
import type { OrganisationsDeps } from '../organisations.deps';
import { organisationReach } from '../partner-organisation.reach';

/** One record within the principal's reach; 404 otherwise. */
export async function getPartnerOrganisation(
  deps: OrganisationsDeps,
  principal: Principal,
  permission: Permission,
  id: string,
): Promise<PartnerOrganisation> {
  const reach = organisationReach(principal, permission);
  const doc = reach ? await deps.organisations.findById(reach.scope, id, reach.filter) : null;
  if (!doc) throw notFound('Partner organisation');
  return doc;
}
