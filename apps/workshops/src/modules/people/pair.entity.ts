/**
 * A pair, projected from matching's events: which beneficiary a Konnecteur (matching's referent
 * id) follows. Ids only; `ended` once the pair was dissolved or completed.
 */
export interface Pair {
  /** Matching's pair id. */
  _id: string;
  territoryId: string;
  promotionId?: string;
  beneficiaryId?: string;
  konnecteurId?: string;
  ended: boolean;
  updatedAt: Date;
}

/** The account email staff linked to a Konnecteur's referent id (as scheduling does for its alerts). */
export interface KonnecteurLink {
  /** `<territoryId>:<konnecteurId>`. */
  _id: string;
  territoryId: string;
  konnecteurId: string;
  email: string;
  updatedAt: Date;
}
