import { randomUUID } from 'node:crypto';
import type { Principal } from '@binome/auth';
import { locateTown } from '../../candidates/town-gazetteer';
import { createPartner } from '../../organisations/multi-territory-writes';
import type { Referent, ReferentKind } from '../referent.entity';
import type { ReferentRepository } from '../referent.repository';
import type { CreateReferentRequest } from './create-referent.request';

/** Records a Konnecteur or a Koach, located at their town; same territory rules as partner records. */
export function createReferent(
  repository: ReferentRepository,
  principal: Principal,
  kind: ReferentKind,
  b: CreateReferentRequest,
): Promise<Referent> {
  return createPartner<Referent>(repository, principal, {
    id: randomUUID(),
    kind,
    territoryId: b.territoryId,
    identity: { firstName: b.firstName, lastName: b.lastName },
    contact: { email: b.email, ...(b.phone ? { phone: b.phone } : {}) },
    ...(b.userId ? { userId: b.userId } : {}),
    ...(b.companyId ? { companyId: b.companyId } : {}),
    town: b.town,
    ...(locateTown(b.town, b.territoryId[0]) ? { location: locateTown(b.town, b.territoryId[0]) } : {}),
    availability: b.availability,
    capacity: b.capacity,
    topics: b.topics,
    active: true,
  });
}
