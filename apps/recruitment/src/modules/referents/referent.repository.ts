import type { Connection, FilterQuery } from 'mongoose';
import type { TenantScope } from '@binome/persistence';
import { MultiTerritoryRepository } from '../organisations/multi-territory.repository';
import type { Paging } from '../shared/list-query';
import type { Referent, ReferentKind } from './referent.entity';
import { ReferentSchema } from './referent.schema';

export class ReferentRepository extends MultiTerritoryRepository<Referent> {
  constructor(connection: Connection) {
    super(connection, 'Referent', ReferentSchema, 'referent');
  }

  search(scope: TenantScope, kind: ReferentKind, q: { territoryId?: string; active?: boolean; topic?: string; q?: string }, paging: Paging, extra: FilterQuery<Referent> = {}) {
    const filter: FilterQuery<Referent> = { kind };
    if (q.territoryId) filter.territoryId = q.territoryId;
    if (q.active !== undefined) filter.active = q.active;
    if (q.topic) filter.topics = q.topic;
    if (q.q) filter['identity.lastName'] = { $regex: `^${q.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, $options: 'i' };
    return this.list(scope, filter, paging, extra);
  }
}
