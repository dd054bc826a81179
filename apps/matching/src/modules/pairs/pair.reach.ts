import type { FilterQuery } from 'mongoose';
import { reaches, selfEmail, territoryReach, type Permission, type Principal } from '@binome/auth';
import type { TenantScope } from '@binome/persistence';
import type { MatchingDeps } from '../matching.deps';
import type { Pair } from './pair.entity';

export interface PairReach {
  scope: TenantScope;
  filter: FilterQuery<Pair>;
}

/**
 * How far a principal reaches into the pairs of a promotion. Staff and services: their territories.
 * `own-pairs` (Konnecteur, volunteer, beneficiary; territory realms only): the pairs the principal
 * follows or is part of —
 * - a Konnecteur: pairs whose Konnecteur was assigned with the principal's verified email;
 * - a volunteer or a beneficiary: pairs with one of their own person ids, which recruitment resolves
 *   from the verified email (the matchable lists asked with the caller's own token answer only the
 *   caller's own records).
 * `undefined`: nothing (lists empty, a pair 404).
 */
export async function pairReach(d: Pick<MatchingDeps, 'recruitment'>, principal: Principal, permission: Permission, promotionId: string): Promise<PairReach | undefined> {
  const territories = territoryReach(principal, permission);
  if (territories) return { scope: territories, filter: {} };
  if (!reaches(permission, 'own-pairs') || principal.scope.kind !== 'some' || principal.scope.territories.length !== 1) return undefined;
  const territoryId = principal.scope.territories[0];
  const ors: FilterQuery<Pair>[] = [];
  const email = selfEmail(principal);
  if (email) ors.push({ konnecteurEmail: email });
  const own = await d.recruitment.ownPeople(principal.token, territoryId, promotionId);
  if (own.beneficiaryIds.length) ors.push({ beneficiaryId: { $in: own.beneficiaryIds } });
  if (own.volunteerIds.length) ors.push({ volunteerId: { $in: own.volunteerIds } });
  return ors.length ? { scope: principal.scope, filter: { $or: ors } } : undefined;
}
