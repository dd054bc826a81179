import type { Principal } from '@binome/auth';
import { createPartner } from '../multi-territory-writes';
import type { PartnerCompany } from '../partner-company.entity';
import type { OrganisationsDeps } from '../organisations.deps';
import type { CreateCompanyRequest } from './create-partner-company.request';

/** A staff member records a partner company for (only) the territories they may attach. */
export const createPartnerCompany = (deps: OrganisationsDeps, principal: Principal, input: CreateCompanyRequest): Promise<PartnerCompany> =>
  createPartner<PartnerCompany>(deps.companies, principal, input);
