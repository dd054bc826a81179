/**
 * What scheduling knows of a volunteer, from recruitment's events (ids and dates only): their
 * company (company HR's own-company reach) and their training day (it counts in the ledger).
 */
export interface VolunteerFact {
  /** `<territory>:<volunteer id>`. */
  _id: string;
  territoryId: string;
  volunteerId: string;
  companyId: string;
  promotionId: string;
  trainedOn?: Date;
  updatedAt: Date;
}

export const volunteerFactIdOf = (territoryId: string, volunteerId: string) => `${territoryId}:${volunteerId}`;
