import { reaches, type Permission, type Principal } from '@binome/auth';
import type { Candidate } from '../candidates/candidate.entity';
import type { CandidateRepository } from '../candidates/candidate.repository';
import type { Referent } from '../referents/referent.entity';
import type { ReferentRepository } from '../referents/referent.repository';
import { selfByEmail } from '@binome/access';
import type { Volunteer } from '../volunteers/volunteer.entity';
import type { VolunteerRepository } from '../volunteers/volunteer.repository';
import type { PairMembershipRepository } from './pair-membership.repository';

export interface PairLinkDeps {
  memberships: PairMembershipRepository;
  candidates: CandidateRepository;
  volunteers: VolunteerRepository;
  referents: ReferentRepository;
}

/** The people the principal's live pairs give them (`own-pairs`), by recruitment id. */
export interface PairLinks {
  candidateIds: string[];
  volunteerIds: string[];
}

const MAX_OWN = 50;

/**
 * Resolves `own-pairs` for a principal: who they are in recruitment (their own candidate,
 * enrolments and referent records, by verified email or recorded subject, in their realm's
 * territory — the same `self` links), then the live pairs (confirmed or active) they are in or
 * follow, then the other people of those pairs:
 * - a Konnecteur (referent id = matching's `konnecteurId`): the beneficiary and the volunteer;
 * - a volunteer: the beneficiary; a beneficiary: the volunteer.
 * Undefined when the permission holds no `own-pairs` (nothing to look up).
 */
export async function pairLinksOf(d: PairLinkDeps, principal: Principal, permission: Permission): Promise<PairLinks | undefined> {
  if (!reaches(permission, 'own-pairs')) return undefined;
  const candidateSelf = selfByEmail<Candidate>('contact.email')(principal);
  const volunteerSelf = selfByEmail<Volunteer>('contact.email', 'userId')(principal);
  const referentSelf = selfByEmail<Referent>('contact.email', 'userId')(principal);
  const [candidates, volunteers, referents] = await Promise.all([
    candidateSelf ? d.candidates.list(candidateSelf.scope, { page: 1, perPage: MAX_OWN }, candidateSelf.filter).then((r) => r.items) : [],
    volunteerSelf ? d.volunteers.findOwn(volunteerSelf.scope, volunteerSelf.filter) : [],
    referentSelf
      ? d.referents
          .list(referentSelf.scope, { kind: 'konnecteur' }, { sort: { _id: 1 }, skip: 0, limit: MAX_OWN }, referentSelf.filter)
          .then((r) => r.items)
      : [],
  ]);
  const who = {
    candidateIds: candidates.map((c) => c._id),
    volunteerIds: volunteers.map((v) => v._id),
    referentIds: referents.map((r) => r._id),
  };
  const pairs = await d.memberships.livePairsOf(principal.scope, who);
  const mine = (ids: readonly string[], id?: string) => !!id && ids.includes(id);
  const candidateIds = new Set<string>();
  const volunteerIds = new Set<string>();
  for (const p of pairs) {
    const follows = mine(who.referentIds, p.konnecteurId);
    if (p.beneficiaryId && (follows || mine(who.volunteerIds, p.volunteerId))) candidateIds.add(p.beneficiaryId);
    if (p.volunteerId && (follows || mine(who.candidateIds, p.beneficiaryId))) volunteerIds.add(p.volunteerId);
  }
  return { candidateIds: [...candidateIds], volunteerIds: [...volunteerIds] };
}
