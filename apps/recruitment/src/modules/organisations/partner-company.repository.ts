import type { Connection, FilterQuery } from 'mongoose';
import type { TenantScope } from '@binome/persistence';
import type { Paging } from '../shared/list-query';
import type { PartnerCompany } from './partner-company.entity';
import { PartnerCompanySchema } from './partner-company.schema';
import { MultiTerritoryRepository } from './multi-territory.repository';
import { escapeRegex } from './partner-organisation.repository';

export interface CompanyFilter {
  territoryId?: string;
  sector?: string;
  active?: boolean;
  q?: string;
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
      ...(f.q ? { name: { $regex: escapeRegex(f.q), $options: 'i' } } : {}),
    };
    return this.list(scope, filter, paging, extra);
  }
}
