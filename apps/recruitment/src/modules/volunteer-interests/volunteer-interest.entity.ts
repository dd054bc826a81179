/**
 * An employee's expression of interest, from the volunteers' public page: enough for staff to
 * call them back and enrol them (enrolment stays a staff act, with the company and promotion
 * checked). Once staff decide, the interest keeps no personal data: an enrolled person's data
 * lives in their volunteer record, a declined person's is removed.
 */
export const INTEREST_STATUSES = ['new', 'enrolled', 'declined'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

export interface VolunteerInterest {
  _id: string;
  territoryId: string;
  status: InterestStatus;
  /** While new: the person's name, contact and answers. Removed at the decision. */
  person?: {
    firstName: string;
    lastName: string;
    email: string;
    phone?: string;
    companyName: string;
    jobTitle?: string;
    availability: string[];
    message?: string;
  };
  consent: { dataProcessing: { given: true; at: Date; noticeVersion: string } };
  /** `<territory>:<email>` while new (one open interest per person and territory), then the id. */
  openKey: string;
  decision?: { outcome: 'enrolled' | 'declined'; at: Date; by: string; volunteerId?: string };
  createdAt: Date;
  updatedAt: Date;
}
