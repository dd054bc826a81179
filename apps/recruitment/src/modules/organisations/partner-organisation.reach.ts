import type { Permission, Principal } from '@binome/auth';
import { allTerritories } from '@binome/persistence';
import { reachOf, type Reach } from '@binome/access';
import type { PartnerOrganisation } from './partner-organisation.entity';

/** How far a principal reaches into partner organisations: see `companyReach`; a partner NGO (`/ngo/<slug>`, rule `self`) reaches its own record. */
export const organisationReach = (principal: Principal, permission: Permission): Reach<PartnerOrganisation> | undefined =>
  reachOf<PartnerOrganisation>(principal, permission, {
    self: (p) => (p.partnerId ? { scope: allTerritories, filter: { _id: p.partnerId } } : undefined),
  });
