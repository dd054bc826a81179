import type { Permission, Principal } from '@binome/auth';
import { pagingOf } from '@binome/http-server';
import type { ReferentKind } from '../referent.entity';
import { referentReach } from '../referent.reach';
import type { ReferentRepository } from '../referent.repository';
import type { ListReferentsQuery } from './list-referents.request';

/** A page of one kind of referents within the principal's reach, by last name. */
export function listReferents(
  repository: ReferentRepository,
  principal: Principal,
  permission: Permission,
  kind: ReferentKind,
  query: ListReferentsQuery,
) {
  const reach = referentReach(principal, permission);
  return reach
    ? repository.search(
        reach.scope,
        kind,
        query,
        pagingOf(query, { 'identity.lastName': 1 }, { lastName: 'identity.lastName' }),
        reach.filter,
      )
    : { items: [], total: 0 };
}
