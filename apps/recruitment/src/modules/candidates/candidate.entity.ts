/** Intake statuses (DOMAIN.md, "The journey" step 2); transitions are added with the full intake. */
export const CANDIDATE_STATUSES = ['applied', 'screened', 'interviewed', 'admitted', 'waitlisted', 'referred'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const PROTECTION_STATUSES = ['refugee', 'subsidiary_protection'] as const;
export const LANGUAGE_LEVELS = ['native', 'fluent', 'intermediate', 'basic'] as const;
export const CHANNELS = ['website', 'partner_referral', 'word_of_mouth', 'other'] as const;

export interface Consent {
  given: boolean;
  at: Date;
  /** Version of the privacy notice the person agreed to. */
  noticeVersion: string;
}

export interface HistoryEntry {
  status: CandidateStatus;
  at: Date;
  /** Subject of the staff member, or "self" for the person's own application. */
  by: string;
  note?: string;
}

/** A person applying to the programme. Personal data lives under `identity` and `contact` only. */
export interface Candidate {
  _id: string;
  territoryId: string;
  status: CandidateStatus;
  identity: { firstName: string; lastName: string };
  contact: { email: string; phone?: string; town: string };
  protection: { status: (typeof PROTECTION_STATUSES)[number]; grantedOn?: string };
  languages: { language: string; level: (typeof LANGUAGE_LEVELS)[number] }[];
  frenchLevel: (typeof CEFR_LEVELS)[number];
  experience: { trade: string; sector: string; years: number; country: string }[];
  education?: string;
  target: { trade?: string; sector?: string };
  channel: (typeof CHANNELS)[number];
  referringPartnerId?: string;
  consent: { dataProcessing: Consent; partnerSharing: Consent };
  history: HistoryEntry[];
  appliedAt: Date;
}

/** What other services may know of a candidate: no name, no contact. */
export function summaryOf(c: Candidate) {
  return {
    candidateId: c._id,
    territoryId: c.territoryId,
    status: c.status,
    frenchLevel: c.frenchLevel,
    languages: c.languages.map((l) => l.language),
    targetSector: c.target.sector ?? '',
    appliedAt: c.appliedAt,
  };
}
