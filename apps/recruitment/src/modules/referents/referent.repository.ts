import type { Connection, FilterQuery } from 'mongoose';
import type { TenantScope } from '@binome/persistence';
import { MultiTerritoryRepository } from '../organisations/multi-territory.repository';
import { idsFilter, prefixSearch, type Paging } from '@binome/http-server';
import type { Referent, ReferentKind } from './referent.entity';
import { ReferentSchema } from './referent.schema';

export class ReferentRepository extends MultiTerritoryRepository<Referent> {
  constructor(connection: Connection) {
    super(connection, 'Referent', ReferentSchema, 'referent');
  }

  search(
    scope: TenantScope,
    kind: ReferentKind,
    q: { territoryId?: string; active?: boolean; topic?: string; q?: string; id?: readonly string[] },
    paging: Paging,
    extra: FilterQuery<Referent> = {},
  ) {
    const filter: FilterQuery<Referent> = { kind };
    if (q.territoryId) filter.territoryId = q.territoryId;
    if (q.active !== undefined) filter.active = q.active;
    if (q.topic) filter.topics = q.topic;
    Object.assign(filter, prefixSearch(q.q, ['identity.lastName', 'identity.firstName']), idsFilter(q.id));
    return this.list(scope, filter, paging, extra);
  }
}
