import type { Filter } from '@binome/persistence';
import { reachOf, type Reach } from '@binome/access';
import { reaches, selfEmail, territoryReach, type Permission, type Principal } from '@binome/auth';
import type { RecruitmentClient } from '../recruitment/recruitment.client';
import type { Pair } from './pair.entity';

export type PairReach = Reach<Pair>;

interface OwnPeople {
  beneficiaryIds: string[];
  volunteerIds: string[];
}

/**
 * `own-pairs` in matching (Konnecteur, volunteer, beneficiary; territory realms only): the pairs
 * the principal follows or is part of —
 * - a Konnecteur: pairs whose Konnecteur was assigned with the principal's verified email;
 * - a volunteer or a beneficiary: pairs with one of their own person ids, which recruitment resolves
 *   from the verified email (the matchable lists asked with the caller's own token answer only the
 *   caller's own records).
 */
function ownPairsPart(principal: Principal, own: OwnPeople | undefined) {
  if (principal.scope.kind !== 'some' || principal.scope.territories.length !== 1) return undefined;
  const ors: Filter<Pair>[] = [];
  const email = selfEmail(principal);
  if (email) ors.push({ konnecteurEmail: email });
  if (own?.beneficiaryIds.length) ors.push({ beneficiaryId: { $in: own.beneficiaryIds } });
  if (own?.volunteerIds.length) ors.push({ volunteerId: { $in: own.volunteerIds } });
  return ors.length ? { scope: principal.scope, filter: { $or: ors } as Filter<Pair> } : undefined;
}

/**
 * How far a principal reaches into the pairs of a promotion: the union of the rules it holds
 * (`@binome/access`), as in every service. Recruitment is asked for the caller's own person ids
 * only when own-pairs can add anything: a territory rule already covers the same realm's pairs.
 * `undefined`: nothing (lists empty, a pair 404).
 */
export async function pairReach(
  d: { recruitment: Pick<RecruitmentClient, 'ownPeople'> },
  principal: Principal,
  permission: Permission,
  promotionId: string,
): Promise<PairReach | undefined> {
  const ownPairs =
    reaches(permission, 'own-pairs') &&
    !territoryReach(principal, permission) &&
    principal.scope.kind === 'some' &&
    principal.scope.territories.length === 1;
  const own =
    ownPairs && principal.scope.kind === 'some'
      ? await d.recruitment.ownPeople(principal.token, principal.scope.territories[0], promotionId)
      : undefined;
  return reachOf<Pair>(principal, permission, { 'own-pairs': (p) => ownPairsPart(p, own) });
}
