import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { territory } from '@binome/persistence';
import { isStaff } from '../../sessions/session-access';
import { assiduityOf, seatsOf } from '../assiduity';
import { personAssiduityView } from '../assiduity.views';
import type { AttendanceDeps } from '../attendance.deps';

/**
 * A person's assiduity and their absence flag: staff of their territory, and the person
 * themselves (they see their own record, as the alert is about them).
 */
export async function getPersonAssiduity(d: AttendanceDeps, principal: Principal, personId: string) {
  const territoryId = await personTerritory(d, principal, personId);
  const now = d.now();
  const seats = seatsOf(await d.sessions.ofPerson(territory(territoryId), personId), personId);
  return personAssiduityView(territoryId, personId, assiduityOf(seats, now), await d.alerts.of(territoryId, personId), now);
}

/** The person's territory within the caller's reach: staff's territories, or the person's own record (404 otherwise). */
export async function personTerritory(d: AttendanceDeps, principal: Principal, personId: string): Promise<string> {
  const b = (await d.beneficiaries.findById(principal.scope, personId)) ?? null;
  const seat = b ? null : (await d.sessions.ofPerson(principal.scope, personId))[0];
  const territoryId = b?.territoryId ?? seat?.territoryId;
  if (!territoryId) throw notFound('Person');
  if (isStaff(principal)) return territoryId;
  const promotions = b?.promotionId ? [b.promotionId] : (seat?.promotionIds ?? []);
  const own = await d.recruitment.ownBeneficiaryIds(principal.token, territoryId, promotions);
  if (!own.includes(personId)) throw notFound('Person');
  return territoryId;
}
