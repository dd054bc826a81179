import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { Referent, ReferentKind } from '../referent.entity';
import { REFERENT_LABELS } from '../referent-kinds';
import { referentReach } from '../referent.reach';
import type { ReferentRepository } from '../referent.repository';

/** One referent of this kind within the principal's reach; 404 otherwise (a Koach is no Konnecteur). */
export async function getReferent(
  repository: ReferentRepository,
  principal: Principal,
  permission: Permission,
  kind: ReferentKind,
  id: string,
): Promise<Referent> {
  const reach = referentReach(principal, permission);
  const doc = reach ? await repository.findById(reach.scope, id, reach.filter) : null;
  if (!doc || doc.kind !== kind) throw notFound(REFERENT_LABELS[kind]);
  return doc;
}
