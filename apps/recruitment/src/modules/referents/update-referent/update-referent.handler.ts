import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { locateTown } from '../../candidates/town-gazetteer';
import { updatePartner } from '../../organisations/multi-territory-writes';
import type { Referent, ReferentKind } from '../referent.entity';
import { REFERENT_LABELS } from '../referent-kinds';
import type { ReferentRepository } from '../referent.repository';
import type { UpdateReferentRequest } from './update-referent.request';

/** Staff changes to a referent of this kind, relocated when their town changes. */
export async function updateReferent(
  repository: ReferentRepository,
  principal: Principal,
  kind: ReferentKind,
  id: string,
  body: UpdateReferentRequest,
): Promise<Referent> {
  const label = REFERENT_LABELS[kind];
  const current = await repository.findById(principal.scope, id);
  if (!current || current.kind !== kind) throw notFound(label);
  const patch: Partial<Referent> = { ...body };
  if (body.town) {
    const location = locateTown(body.town, (body.territoryId ?? current.territoryId)[0]);
    if (location) patch.location = location;
  }
  return updatePartner<Referent>(repository, principal, id, patch, label);
}
