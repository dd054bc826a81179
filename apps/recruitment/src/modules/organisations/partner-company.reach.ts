import type { Permission, Principal } from '@binome/auth';
import { allTerritories } from '@binome/persistence';
import { reachOf, type Reach } from '@binome/access';
import type { PartnerCompany } from './partner-company.entity';

/**
 * How far a principal reaches into partner records (the `organisations` resource). Staff: whole
 * territories (a record matches when any of its territories is in scope). A partner user reaches
 * only their own record, whose slug id is the one of their Keycloak group: company HR
 * (`/company/<slug>`, rule `own-company`) their company, a partner NGO (`/ngo/<slug>`, rule
 * `self`) their organisation — in every territory it serves.
 */
export const companyReach = (principal: Principal, permission: Permission): Reach<PartnerCompany> | undefined =>
  reachOf<PartnerCompany>(principal, permission, {
    'own-company': (p) => (p.companyId ? { scope: allTerritories, filter: { _id: p.companyId } } : undefined),
  });
