import type { Principal } from '@binome/auth';
import { createPartner } from '../multi-territory-writes';
import type { PartnerOrganisation } from '../partner-organisation.entity';
import type { OrganisationsDeps } from '../organisations.deps';
import type { CreateOrganisationRequest } from './create-partner-organisation.request';

/** A staff member records a partner organisation for (only) the territories they may attach. */
export const createPartnerOrganisation = (
  deps: OrganisationsDeps,
  principal: Principal,
  input: CreateOrganisationRequest,
): Promise<PartnerOrganisation> => createPartner<PartnerOrganisation>(deps.organisations, principal, input);
