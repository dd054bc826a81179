import { can, reaches, selfEmail, territoryReach, type Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { Session } from './session.entity';
import type { SessionsDeps } from './sessions.deps';

/**
 * What the caller is to a session: staff of its territory (everything), one of its facilitators
 * (the roll), a registered person (their own registration), or a reader of the territory's
 * programme (times, seats). People's registrations are narrower than the matrix's territory read
 * of `workshops`, which serves the catalogue and the sessions, not who attends them.
 */
export type SessionRole = 'staff' | 'facilitator' | 'person' | 'konnecteur' | 'reader';

export interface SessionAccess {
  session: Session;
  role: SessionRole;
  /**
   * The caller's own person ids (a beneficiary, or a volunteer of the session's promotions),
   * resolved by recruitment from their token; for a Konnecteur, the beneficiaries of the live pairs
   * they follow.
   */
  ownPersonIds: string[];
  /** Those of `ownPersonIds` that are volunteer records: they take a volunteers' seat only. */
  ownVolunteerIds?: string[];
  /**
   * The beneficiaries of the live pairs the caller follows as a Konnecteur (`ownPersonIds` too for
   * the `konnecteur` role). A person holding both rules — a Konnecteur who is also a volunteer —
   * reaches the union: their own seat and their pairs' beneficiaries'.
   */
  followedIds: string[];
}

/** Whose registrations the caller sees and cancels: their own and their pairs' beneficiaries'. */
export const reachedPersonIds = (a: SessionAccess): string[] => [...new Set([...a.ownPersonIds, ...a.followedIds])];

/** Staff: a territory reach of `workshops` write (HQ, territory managers, services). */
export const isStaff = (principal: Principal): boolean => !!territoryReach(principal, can(principal, 'workshops', 'write'));

/** The caller's facilitator ids in the territory (a Koach's account, by verified email). */
export async function ownFacilitatorIds(d: Pick<SessionsDeps, 'facilitators'>, principal: Principal): Promise<string[]> {
  const email = selfEmail(principal);
  if (!email || !reaches(can(principal, 'workshops', 'write'), 'own-sessions') || principal.scope.kind !== 'some') return [];
  return (await d.facilitators.ofEmail(principal.scope, email)).map((f) => f._id);
}

/** A session through the caller's reach; outside it, 404 as an unknown id (another territory's session included). */
export async function sessionAccess(d: SessionsDeps, principal: Principal, id: string): Promise<SessionAccess> {
  if (!territoryReach(principal, can(principal, 'workshops', 'read')) && !isStaff(principal)) throw notFound('Session');
  const session = await d.sessions.findById(principal.scope, id);
  if (!session) throw notFound('Session');
  return accessTo(d, principal, session);
}

/** `facilitatorIds`: the caller's own, when a list already looked them up once. */
export async function accessTo(d: SessionsDeps, principal: Principal, session: Session, facilitatorIds?: string[]): Promise<SessionAccess> {
  if (isStaff(principal)) return { session, role: 'staff', ownPersonIds: [], followedIds: [] };
  const mine = facilitatorIds ?? (await ownFacilitatorIds(d, principal));
  if (mine.some((f) => session.facilitatorIds.includes(f))) return { session, role: 'facilitator', ownPersonIds: [], followedIds: [] };
  // Each rule the caller holds, united: `self` (their own records) and `own-pairs` (their pairs' beneficiaries).
  const write = can(principal, 'workshops', 'write');
  const [own, followedIds] = await Promise.all([
    reaches(write, 'self') ? d.recruitment.ownPersonIds(principal.token, session.territoryId, session.promotionIds) : undefined,
    reaches(write, 'own-pairs') ? followedBeneficiaryIds(d, principal, session.territoryId) : [],
  ]);
  const ownPersonIds = own ? [...own.beneficiaryIds, ...own.volunteerIds] : [];
  if (ownPersonIds.length) return { session, role: 'person', ownPersonIds, ownVolunteerIds: own?.volunteerIds, followedIds };
  if (followedIds.length) return { session, role: 'konnecteur', ownPersonIds: followedIds, followedIds };
  return { session, role: 'reader', ownPersonIds: [], followedIds: [] };
}

/**
 * A Konnecteur's pairs' beneficiaries in a territory: the referent ids staff linked to their
 * verified email, then the live pairs matching assigned to those ids (projected from its events).
 */
export async function followedBeneficiaryIds(
  d: Pick<SessionsDeps, 'konnecteurLinks' | 'pairs'>,
  principal: Principal,
  territoryId: string,
): Promise<string[]> {
  const email = selfEmail(principal);
  if (!email || !principal.roles.includes('konnecteur')) return [];
  const konnecteurIds = await d.konnecteurLinks.konnecteurIdsOf(territoryId, email);
  return d.pairs.beneficiariesFollowedBy(territoryId, konnecteurIds);
}
