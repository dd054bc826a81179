import { stateMachine } from '@binome/state-machine';
import type { CefrLevel, Gender, WeeklySlot, WorkshopNeed } from '../candidates/candidate.entity';

export const VOLUNTEER_STATUSES = ['enrolled', 'trained', 'active', 'withdrawn'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/**
 * enrolled → trained (attended the mandatory initial training day) → active (confirmed in a pair)
 * → withdrawn; a volunteer may withdraw at any step. Withdrawn is final.
 */
export const volunteerLifecycle = stateMachine<VolunteerStatus>('volunteer', {
  enrolled: ['trained', 'withdrawn'],
  trained: ['active', 'withdrawn'],
  active: ['withdrawn'],
  withdrawn: [],
});

/** Codes, not free text: the reason travels in VolunteerWithdrawn. */
export const WITHDRAWAL_REASONS = ['no_time', 'left_company', 'personal', 'no_match', 'other'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

/** A volunteer's total time must not exceed 3.5 days over the six months (DOMAIN.md, "People"). */
export const MAX_COMMITMENT_DAYS = 3.5;
export const MAX_CAPACITY = 2;

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** An employee of a partner company, on skills sponsorship, enrolled in one promotion. */
export interface Volunteer {
  _id: string;
  territoryId: string;
  promotionId: string;
  companyId: string;
  /** Keycloak subject of the volunteer's own account, when they have one (reads their own profile). */
  userId?: string;
  status: VolunteerStatus;
  identity: { firstName: string; lastName: string };
  contact: { email: string; phone?: string };
  jobTitle: string;
  sector: string;
  /** ROME-like trade code, e.g. "M1607". */
  trade?: string;
  workplace: { address: string; town: string; geo?: GeoPoint };
  languages: { language: string; level: 'native' | 'fluent' | 'intermediate' | 'basic' }[];
  availability: WeeklySlot[];
  preferences: { gender?: Gender; sectors: string[] };
  /** What the volunteer can help with (the beneficiaries' needs vocabulary). */
  strengths: WorkshopNeed[];
  gender?: Gender;
  /** Lowest French level of a beneficiary the volunteer feels able to work with. */
  minFrenchLevel?: CefrLevel;
  /** Pairs the volunteer can take (1, at most 2). */
  capacity: number;
  /** The company awareness session the volunteer came from. */
  awarenessSession?: { companyId: string; date: string };
  /** The mandatory initial training day. */
  training: { scheduledOn?: string; attended: boolean; attendedOn?: string };
  /** Attended the training day: an untrained volunteer cannot be confirmed in a pair. */
  trained: boolean;
  commitment: { accepted: boolean; plannedDays: number; acceptedAt: Date };
  withdrawal?: { reason: WithdrawalReason; notes?: string; at: Date; by: string };
  history: { status: VolunteerStatus; at: Date; by: string; note?: string }[];
  /** GDPR erasure: the record is a shell (ids, company, promotion, dates and statuses stay). */
  erasedAt?: Date;
  erasedBy?: string;
  createdAt: Date;
  updatedAt: Date;
}
