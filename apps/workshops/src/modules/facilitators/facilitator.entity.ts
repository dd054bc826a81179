export const FACILITATOR_KINDS = ['koach', 'hr-expert'] as const;
export type FacilitatorKind = (typeof FACILITATOR_KINDS)[number];

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/**
 * A volunteer facilitator (Koach, HR expert). Unpaid, with uneven availability: sessions are only
 * given to a facilitator inside a window they declared, and never two at once.
 */
export interface Facilitator {
  _id: string;
  territoryId: string;
  kind: FacilitatorKind;
  /** The facilitator's account (verified email): what links a Koach's token to their sessions. Never in events. */
  email: string;
  /** Recruitment's Koach / referent record, when known. */
  referentId?: string;
  availability: Slot[];
  createdAt: Date;
  updatedAt: Date;
}

/** Is [startsAt, endsAt) inside one declared window? */
export const isAvailable = (f: Pick<Facilitator, 'availability'>, s: Slot): boolean =>
  f.availability.some((w) => w.startsAt <= s.startsAt && s.endsAt <= w.endsAt);

/** Touching ends do not overlap. */
export const overlaps = (a: Slot, b: Slot): boolean => a.startsAt < b.endsAt && b.startsAt < a.endsAt;
