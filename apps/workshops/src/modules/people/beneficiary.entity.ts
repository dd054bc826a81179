/**
 * What workshops knows of a beneficiary, projected from recruitment's events: ids and programme
 * attributes only (no name, no contact). Their own token is linked to this id by recruitment.
 */
export interface Beneficiary {
  /** Recruitment's candidate id: the person id of registrations. */
  _id: string;
  territoryId: string;
  promotionId?: string;
  admitted: boolean;
  /** The intake's workshop needs (CandidateInterviewed), recruitment's codes. */
  needs: string[];
  /** The partner that referred them: a workshop it already offers would repeat it. */
  referringPartnerId?: string;
  updatedAt: Date;
}
