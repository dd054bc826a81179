import type { PartnerCompanyRepository } from './partner-company.repository';
import type { PartnerOrganisationRepository } from './partner-organisation.repository';

/** What the partner records' use cases work with. */
export interface OrganisationsDeps {
  organisations: PartnerOrganisationRepository;
  companies: PartnerCompanyRepository;
}
