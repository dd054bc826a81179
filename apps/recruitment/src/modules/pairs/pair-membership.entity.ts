/**
 * Recruitment's projection of matching's pairs: who is in which pair, nothing else (ids only, as
 * the events carry them). It exists to apply the matrix's `own-pairs` reach to the people
 * recruitment holds (a Konnecteur reads the candidates and volunteers of the pairs they follow, a
 * volunteer their pair's beneficiary, a beneficiary their volunteer).
 */
export const MEMBERSHIP_STATUSES = ['confirmed', 'active', 'dissolved', 'completed'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/**
 * The statuses that grant `own-pairs` access: a decided, live pair. A dissolved pair ends access at
 * once; so does a completed one: the T+3/T+6 follow-up is collected through surveys (their own
 * resource), not by reading the other person's record, and six months after the start the mentor
 * needs nothing more from recruitment (data minimisation).
 */
export const GRANTING_STATUSES: readonly MembershipStatus[] = ['confirmed', 'active'];

/** Later events never go back: a redelivered or late `PairConfirmed` cannot revive a dissolved pair. */
export const STATUS_ORDER: Record<MembershipStatus, number> = { confirmed: 1, active: 2, dissolved: 3, completed: 3 };

export interface PairMembership {
  /** The pair id (matching's). */
  _id: string;
  territoryId: string;
  promotionId?: string;
  /** Recruitment's candidate id. */
  beneficiaryId?: string;
  /** Recruitment's volunteer (enrolment) id. */
  volunteerId?: string;
  /**
   * The Konnecteur as matching carries it: the id of recruitment's referent record, which links
   * it to an account (the referent's verified email or recorded `userId`).
   */
  konnecteurId?: string;
  status?: MembershipStatus;
  /** STATUS_ORDER of `status`: the guard of forward-only updates. */
  statusOrder?: number;
  updatedAt: Date;
}
