import type { Connection, FilterQuery } from 'mongoose';
import type { TenantScope } from '@binome/persistence';
import { idsFilter, prefixSearch, type Paging } from '@binome/http-server';
import type { OrganisationKind, PartnerOrganisation } from './partner-organisation.entity';
import { PartnerOrganisationSchema } from './partner-organisation.schema';
import { MultiTerritoryRepository } from './multi-territory.repository';

export interface OrganisationFilter {
  territoryId?: string;
  kind?: OrganisationKind;
  refersIn?: boolean;
  receivesReferrals?: boolean;
  active?: boolean;
  q?: string;
  id?: readonly string[];
}

/** Partner organisations, always within a tenant scope; returns plain objects. */
export class PartnerOrganisationRepository extends MultiTerritoryRepository<PartnerOrganisation> {
  constructor(connection: Connection) {
    super(connection, 'PartnerOrganisation', PartnerOrganisationSchema, 'partner organisation');
  }

  search(scope: TenantScope, f: OrganisationFilter, paging: Paging, extra: FilterQuery<PartnerOrganisation> = {}) {
    return this.list(scope, organisationFilter(f), paging, extra);
  }
}

export function organisationFilter(f: OrganisationFilter): FilterQuery<PartnerOrganisation> {
  return {
    ...(f.territoryId ? { territoryId: f.territoryId } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.refersIn !== undefined ? { refersIn: f.refersIn } : {}),
    ...(f.receivesReferrals !== undefined ? { receivesReferrals: f.receivesReferrals } : {}),
    ...(f.active !== undefined ? { active: f.active } : {}),
    ...prefixSearch(f.q, ['name']),
    ...idsFilter(f.id),
  };
}
