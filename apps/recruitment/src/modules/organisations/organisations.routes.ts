import type { Router } from 'express';
import { createPartnerCompanyRoutes } from './create-partner-company/create-partner-company.routes';
import { createPartnerOrganisationRoutes } from './create-partner-organisation/create-partner-organisation.routes';
import { getPartnerCompanyRoutes } from './get-partner-company/get-partner-company.routes';
import { getPartnerOrganisationRoutes } from './get-partner-organisation/get-partner-organisation.routes';
import { listPartnerCompaniesRoutes } from './list-partner-companies/list-partner-companies.routes';
import { listPartnerOrganisationsRoutes } from './list-partner-organisations/list-partner-organisations.routes';
import type { OrganisationsDeps } from './organisations.deps';
import { updatePartnerCompanyRoutes } from './update-partner-company/update-partner-company.routes';
import { updatePartnerOrganisationRoutes } from './update-partner-organisation/update-partner-organisation.routes';

/** Partner organisations (NGOs, public services) and partner companies: create, list, get, update (PATCH or PUT). */
export function organisationsRoutes(router: Router, deps: OrganisationsDeps, territories: readonly string[]): void {
  createPartnerOrganisationRoutes(router, deps, territories);
  listPartnerOrganisationsRoutes(router, deps);
  getPartnerOrganisationRoutes(router, deps);
  updatePartnerOrganisationRoutes(router, deps, territories);
  createPartnerCompanyRoutes(router, deps, territories);
  listPartnerCompaniesRoutes(router, deps);
  getPartnerCompanyRoutes(router, deps);
  updatePartnerCompanyRoutes(router, deps, territories);
}
