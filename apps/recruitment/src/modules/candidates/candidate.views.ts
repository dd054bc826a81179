import type { Principal } from '@binome/auth';
import { isSelf, staffReaches, type Reach } from '@binome/access';
import type { Candidate } from './candidate.entity';

/** Through which of the reach's rules a returned record is seen: the view it gets. */
export type CandidateViewKind = 'staff' | 'self' | 'pair';

export function candidateViewKind(principal: Principal, reach: Reach<Candidate>, c: Candidate): CandidateViewKind {
  if (staffReaches(reach, c.territoryId)) return 'staff';
  if (reach.parts.some((p) => p.rule === 'self') && isSelf(principal, c)) return 'self';
  return 'pair';
}

/** Where the person stands in their promotion's waitlist (1 is next), computed by the caller. */
export interface SelfExtras {
  waitlistRank?: number;
  referrals?: unknown[];
}

/**
 * A beneficiary's own application: what they gave us, where they stand, and the promotion they are
 * admitted into — no staff notes, scores, staff identities, eligibility internals nor history
 * notes. Fields are listed, not stripped, so a new staff field never leaks by default.
 */
export function candidateSelfViewOf(c: Candidate, extras: SelfExtras = {}) {
  return {
    _id: c._id,
    id: c._id,
    view: 'self' as const,
    territoryId: c.territoryId,
    status: c.status,
    identity: c.identity,
    contact: c.contact,
    protection: c.protection,
    languages: c.languages,
    frenchLevel: c.frenchLevel,
    experience: c.experience,
    ...(c.education ? { education: c.education } : {}),
    target: c.target,
    availability: c.availability,
    ...(c.gender ? { gender: c.gender } : {}),
    ...(c.genderPreference ? { genderPreference: c.genderPreference } : {}),
    situation: { housingStable: c.situation?.housingStable, resourcesStable: c.situation?.resourcesStable },
    channel: c.channel,
    consent: c.consent,
    appliedAt: c.appliedAt,
    // Admitted: the promotion they are confirmed into. Waitlisted: their place in line for it.
    ...(c.status === 'admitted' && c.promotionId ? { promotionId: c.promotionId } : {}),
    ...(c.status === 'waitlisted' && c.promotionId
      ? { waitlist: { promotionId: c.promotionId, ...(extras.waitlistRank ? { position: extras.waitlistRank } : {}) } }
      : {}),
    // The steps they went through, without who or why.
    steps: (c.history ?? []).filter((h, i, all) => i === 0 || h.status !== all[i - 1].status).map((h) => ({ status: h.status, at: h.at })),
    referrals: extras.referrals ?? [],
  };
}

/**
 * What a volunteer mentor (or the Konnecteur following the pair) needs of the pair's beneficiary:
 * first name, languages, target trade and sector, town and needs — not their last name, contact,
 * protection status, housing and resources, nor any staff note.
 */
export function candidatePairViewOf(c: Candidate) {
  return {
    _id: c._id,
    id: c._id,
    view: 'pair' as const,
    territoryId: c.territoryId,
    firstName: c.identity?.firstName,
    languages: (c.languages ?? []).map((l) => ({ language: l.language, level: l.level })),
    target: { trade: c.target?.trade, sector: c.target?.sector },
    town: c.contact?.town,
    needs: c.interview?.workshopNeeds ?? [],
  };
}
