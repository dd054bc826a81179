import { stateMachine } from '@binome/state-machine';

/** Intake statuses (DOMAIN.md, "The journey" step 2). */
export const CANDIDATE_STATUSES = ['applied', 'screened', 'interviewed', 'admitted', 'waitlisted', 'referred', 'closed'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/**
 * The 4-step intake: application → phone pre-selection → interview by two staff → decision
 * (admitted into a promotion, waitlisted for one, or referred to a partner organisation).
 * A failed screening closes the application directly; a withdrawal closes it from any non-final
 * state; a waitlisted person may later be admitted (or referred). Referred and closed are final.
 */
export const intakeLifecycle = stateMachine<CandidateStatus>('candidate', {
  applied: ['screened', 'closed'],
  screened: ['interviewed', 'closed'],
  interviewed: ['admitted', 'waitlisted', 'referred', 'closed'],
  waitlisted: ['admitted', 'referred', 'closed'],
  admitted: ['closed'],
  referred: [],
  closed: [],
});

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];
export const PROTECTION_STATUSES = ['refugee', 'subsidiary_protection'] as const;
export const LANGUAGE_LEVELS = ['native', 'fluent', 'intermediate', 'basic'] as const;
export const CHANNELS = ['website', 'partner_referral', 'word_of_mouth', 'other'] as const;
export const GENDERS = ['F', 'M', 'X'] as const;
export type Gender = (typeof GENDERS)[number];
/** Weekly half-day slots, the vocabulary the matching engine uses. */
export const WEEKLY_SLOTS = [
  'mon-am',
  'mon-pm',
  'tue-am',
  'tue-pm',
  'wed-am',
  'wed-pm',
  'thu-am',
  'thu-pm',
  'fri-am',
  'fri-pm',
  'sat-am',
  'sat-pm',
  'sun-am',
  'sun-pm',
] as const;
export type WeeklySlot = (typeof WEEKLY_SLOTS)[number];
/** Workshop needs checklist filled at the interview; the matching engine's support topics. */
export const WORKSHOP_NEEDS = ['CV', 'LINKEDIN', 'PITCH', 'PROFESSIONAL_CODES', 'FRENCH', 'DIGITAL', 'NETWORK', 'INTERVIEW'] as const;
export type WorkshopNeed = (typeof WORKSHOP_NEEDS)[number];
/** Why an intake ended without a decision. Codes, not free text: they travel in CandidateClosed. */
export const CLOSE_REASONS = ['withdrawn', 'not_retained_at_screening', 'unreachable', 'moved_away', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
/** ROME-like trade code (France Travail's job directory), e.g. "M1607". */
export const TRADE_CODE = /^[A-Z]\d{4}$/;

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
  /** A step that does not change the status (renewal, eligibility override, erasure). */
  action?: 'screening' | 'interview' | 'override' | 'renewal' | 'erasure';
  note?: string;
}

export interface Assessment {
  /** 1 (low) to 5 (high). */
  score: number;
  notes?: string;
}

export interface Screening {
  understoodProgramme: boolean;
  outcome: 'passed' | 'failed';
  notes?: string;
  at: Date;
  by: string;
}

export interface Interview {
  /** Subjects of the two staff members who held the interview. */
  interviewerIds: string[];
  durationMinutes: number;
  assessedFrenchLevel: CefrLevel;
  need: Assessment;
  motivation: Assessment;
  projectMaturity: Assessment;
  workshopNeeds: WorkshopNeed[];
  notes?: string;
  at: Date;
  by: string;
}

export interface EligibilityOverride {
  reason: string;
  unmetCriteria: string[];
  at: Date;
  by: string;
}

export interface Decision {
  outcome: 'admitted' | 'waitlisted' | 'referred';
  at: Date;
  by: string;
  promotionId?: string;
  partnerId?: string;
  referralId?: string;
  /** Why the person is referred; shared with the partner when the person consented. */
  reason?: string;
  /** The eligibility as explained at decision time. */
  eligibility: { criterion: string; met: boolean; explanation: string }[];
  override?: EligibilityOverride;
}

/** A person applying to the programme. Personal data lives under `identity` and `contact`, and in notes. */
export interface Candidate {
  _id: string;
  territoryId: string;
  status: CandidateStatus;
  /** Incremented on every change: the compare-and-set token of intake steps. */
  revision: number;
  identity: { firstName: string; lastName: string };
  contact: { email: string; phone?: string; town: string };
  protection: { status: (typeof PROTECTION_STATUSES)[number]; grantedOn?: string };
  languages: { language: string; level: (typeof LANGUAGE_LEVELS)[number] }[];
  /** Declared at application; the interview's assessed level is in `interview`. */
  frenchLevel: CefrLevel;
  experience: { trade: string; sector: string; years: number; country: string }[];
  education?: string;
  target: { trade?: string; sector?: string };
  availability: WeeklySlot[];
  gender?: Gender;
  /** Asked-for volunteer gender: a soft preference for matching. */
  genderPreference?: Gender;
  /** Declared at application (optional), confirmed at screening. */
  situation: { housingStable?: boolean; resourcesStable?: boolean; confirmedAt?: Date };
  channel: (typeof CHANNELS)[number];
  referringPartnerId?: string;
  /** The inbound referral created from a partner_referral application (conversion tracking). */
  inboundReferralId?: string;
  consent: { dataProcessing: Consent; partnerSharing: Consent };
  screening?: Screening;
  interview?: Interview;
  decision?: Decision;
  /** The promotion the person is admitted to or waitlisted for. */
  promotionId?: string;
  /** Order key in the promotion's waitlist (while waitlisted). */
  waitlistPosition?: number;
  waitlistedAt?: Date;
  closure?: { reason: CloseReason; notes?: string; at: Date; by: string };
  renewal?: { fromPromotionId: string; promotionId: string; at: Date; by: string };
  erasedAt?: Date;
  erasedBy?: string;
  history: HistoryEntry[];
  appliedAt: Date;
}

/** What other services may know of a candidate: no name, no contact. */
export function summaryOf(c: Candidate) {
  return {
    candidateId: c._id,
    territoryId: c.territoryId,
    status: c.erasedAt ? 'erased' : c.status,
    frenchLevel: c.interview?.assessedFrenchLevel ?? c.frenchLevel,
    languages: (c.languages ?? []).map((l) => l.language),
    targetSector: c.target?.sector ?? '',
    appliedAt: c.appliedAt,
  };
}
