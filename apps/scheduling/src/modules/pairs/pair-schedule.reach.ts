import { reachOf, staffReaches, type Reach } from '@binome/access';
import { reaches, territoryReach, type Permission, type Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { Filter } from '@binome/persistence';
import type { Side } from '../meetings/meeting.entity';
import type { PairSchedule } from './pair-schedule.entity';
import type { PairScheduleRepository } from './pair-schedule.repository';
import type { RecruitmentClient } from './recruitment.client';

export type PairScheduleReach = Reach<PairSchedule>;

interface OwnPeople {
  beneficiaryIds: string[];
  volunteerIds: string[];
}

/**
 * `own-pairs` for meetings (volunteer, beneficiary; territory realms only): the pairs with one of
 * the principal's own person ids, which recruitment resolves from the verified email when asked
 * with the caller's token. A Konnecteur's own pairs need the Konnecteur's referent id, which no
 * peer resolves from a token yet: a Konnecteur reaches no pair here until it does.
 */
function ownPairsPart(principal: Principal, own: OwnPeople | undefined) {
  if (principal.scope.kind !== 'some' || principal.scope.territories.length !== 1) return undefined;
  const ors: Filter<PairSchedule>[] = [];
  if (own?.beneficiaryIds.length) ors.push({ beneficiaryId: { $in: own.beneficiaryIds } });
  if (own?.volunteerIds.length) ors.push({ volunteerId: { $in: own.volunteerIds } });
  return ors.length ? { scope: principal.scope, filter: { $or: ors } as Filter<PairSchedule> } : undefined;
}

type ReachDeps = { pairs: PairScheduleRepository; recruitment: Pick<RecruitmentClient, 'ownPeople'> };

/** What the principal is to a pair they reach: staff (the programme side) or one of its participants. */
export interface PairAccess {
  pair: PairSchedule;
  side: Side;
}

/**
 * A pair through the caller's reach (the union of the matrix rules held), and the side the caller
 * answers for. Outside the reach the pair is 404, as an unknown id.
 */
export async function pairInReach(d: ReachDeps, principal: Principal, permission: Permission, pairId: string): Promise<PairAccess> {
  const found = await d.pairs.findById(principal.scope, pairId);
  if (!found) throw notFound('Pair');
  const ownPairs =
    reaches(permission, 'own-pairs') &&
    !territoryReach(principal, permission) &&
    principal.scope.kind === 'some' &&
    principal.scope.territories.length === 1;
  const own = ownPairs ? await d.recruitment.ownPeople(principal.token, found.territoryId, found.promotionId) : undefined;
  const reach = reachOf<PairSchedule>(principal, permission, { 'own-pairs': (p) => ownPairsPart(p, own) });
  const pair = reach ? await d.pairs.findById(reach.scope, pairId, reach.filter) : null;
  if (!pair) throw notFound('Pair');
  if (staffReaches(reach, pair.territoryId)) return { pair, side: 'programme' };
  return { pair, side: own?.beneficiaryIds.includes(pair.beneficiaryId) ? 'beneficiary' : 'volunteer' };
}

/** The reach of a list of pairs (the triage queue): staff only; participants have no queue. */
export function staffReach(principal: Principal, permission: Permission): PairScheduleReach | undefined {
  return reachOf<PairSchedule>(principal, permission);
}
