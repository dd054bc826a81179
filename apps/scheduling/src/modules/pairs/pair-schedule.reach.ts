import { reachOf, staffReaches, type Reach } from '@binome/access';
import { reaches, selfEmail, territoryReach, type Permission, type Principal } from '@binome/auth';
import { forbidden, notFound } from '@binome/errors';
import type { Filter } from '@binome/persistence';
import type { Side } from '../meetings/meeting.entity';
import type { ContactRepository } from '../notifications/contact.repository';
import type { PairSchedule } from './pair-schedule.entity';
import type { PairScheduleRepository } from './pair-schedule.repository';
import type { RecruitmentClient } from './recruitment.client';

export type PairScheduleReach = Reach<PairSchedule>;

interface OwnPeople {
  beneficiaryIds: string[];
  volunteerIds: string[];
  /** The referent ids the Konnecteur's verified email is linked to (staff record the link). */
  konnecteurIds: string[];
}

/**
 * `own-pairs` for meetings (territory realms only): the pairs with one of the principal's own
 * person ids, which recruitment resolves from the verified email when asked with the caller's
 * token (volunteer, beneficiary), and the pairs whose Konnecteur is a referent id linked to that
 * email by the territory's staff (`PUT /v1/territories/:t/konnecteurs/:id/contact`): matching's
 * events carry the referent id, and no peer resolves it from a token.
 */
function ownPairsPart(principal: Principal, own: OwnPeople | undefined) {
  if (principal.scope.kind !== 'some' || principal.scope.territories.length !== 1) return undefined;
  const ors: Filter<PairSchedule>[] = [];
  if (own?.beneficiaryIds.length) ors.push({ beneficiaryId: { $in: own.beneficiaryIds } });
  if (own?.volunteerIds.length) ors.push({ volunteerId: { $in: own.volunteerIds } });
  if (own?.konnecteurIds.length) ors.push({ konnecteurId: { $in: own.konnecteurIds } });
  return ors.length ? { scope: principal.scope, filter: { $or: ors } as Filter<PairSchedule> } : undefined;
}

type ReachDeps = {
  pairs: PairScheduleRepository;
  recruitment: Pick<RecruitmentClient, 'ownPeople'>;
  contacts: Pick<ContactRepository, 'konnecteurIdsOf'>;
};

/** The principal's own person ids in a territory and promotion (participants through recruitment, Konnecteurs through their link). */
export async function ownPeopleOf(d: ReachDeps, principal: Principal, territoryId: string, promotionId: string): Promise<OwnPeople> {
  const email = selfEmail(principal);
  const [people, konnecteurIds] = await Promise.all([
    d.recruitment.ownPeople(principal.token, territoryId, promotionId),
    principal.roles.includes('konnecteur') && email ? d.contacts.konnecteurIdsOf(territoryId, email) : Promise.resolve([]),
  ]);
  return { ...people, konnecteurIds };
}

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
  const own = ownPairs ? await ownPeopleOf(d, principal, found.territoryId, found.promotionId) : undefined;
  const reach = reachOf<PairSchedule>(principal, permission, { 'own-pairs': (p) => ownPairsPart(p, own) });
  const pair = reach ? await d.pairs.findById(reach.scope, pairId, reach.filter) : null;
  if (!pair) throw notFound('Pair');
  if (staffReaches(reach, pair.territoryId)) return { pair, side: 'programme' };
  if (own?.beneficiaryIds.includes(pair.beneficiaryId)) return { pair, side: 'beneficiary' };
  if (own?.volunteerIds.includes(pair.volunteerId)) return { pair, side: 'volunteer' };
  // Reached through the Konnecteur link: the Konnecteur answers for the programme side.
  return { pair, side: 'programme' };
}

/** The reach of a list of pairs (the triage queue): staff, and Konnecteurs for the pairs they follow; participants have no queue. */
export async function triageReach(
  d: Pick<ReachDeps, 'contacts'>,
  principal: Principal,
  permission: Permission,
): Promise<PairScheduleReach | undefined> {
  if (territoryReach(principal, permission)) return reachOf<PairSchedule>(principal, permission);
  if (!principal.roles.includes('konnecteur')) throw forbidden('A participant has no triage queue');
  const email = selfEmail(principal);
  const single = principal.scope.kind === 'some' && principal.scope.territories.length === 1 ? principal.scope.territories[0] : undefined;
  const konnecteurIds = email && single ? await d.contacts.konnecteurIdsOf(single, email) : [];
  return reachOf<PairSchedule>(principal, permission, {
    'own-pairs': (p) => ownPairsPart(p, { beneficiaryIds: [], volunteerIds: [], konnecteurIds }),
  });
}
