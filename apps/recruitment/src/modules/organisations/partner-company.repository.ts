import type { Connection, FilterQuery } from 'mongoose';
import type { TenantScope } from '@binome/persistence';
import { idsFilter, prefixSearch, type Paging } from '@binome/http-server';
import type { PartnerCompany } from './partner-company.entity';
import { PartnerCompanySchema } from './partner-company.schema';
import { MultiTerritoryRepository } from './multi-territory.repository';

export interface CompanyFilter {
  territoryId?: string;
  sector?: string;
  active?: boolean;
  q?: string;
  id?: readonly string[];
}

/** Partner companies, always within a tenant scope; returns plain objects. */
export class PartnerCompanyRepository extends MultiTerritoryRepository<PartnerCompany> {
  constructor(connection: Connection) {
    super(connection, 'PartnerCompany', PartnerCompanySchema, 'partner company');
  }

  search(scope: TenantScope, f: CompanyFilter, paging: Paging, extra: FilterQuery<PartnerCompany> = {}) {
    const filter: FilterQuery<PartnerCompany> = {
      ...(f.territoryId ? { territoryId: f.territoryId } : {}),
      ...(f.sector ? { sectors: f.sector } : {}),
      ...(f.active !== undefined ? { active: f.active } : {}),
      ...prefixSearch(f.q, ['name']),
      ...idsFilter(f.id),
    };
    return this.list(scope, filter, paging, extra);
  }
}
