/**
 * The projection: what impact keeps of every service's events, one document per fact, ids and
 * programme attributes only. Each document is written by the events of one aggregate (one topic,
 * one key, so one partition): a fact is never updated by two consumers at once.
 */
export type IntakeStage = 'applied' | 'screened' | 'interviewed' | 'admitted' | 'waitlisted' | 'referred' | 'closed';

export interface ApplicationFact {
  /** The candidate id (its erased key once the person is erased). */
  _id: string;
  territoryId: string;
  channel: number;
  referringPartnerId?: string;
  appliedAt: Date;
  eventId: string;
  stage: IntakeStage;
  /** Stages reached, in order (the funnel counts a person at every stage they went through). */
  stages: IntakeStage[];
  promotionId?: string;
  /** An inbound referral converted into an admission (the partner's person joined). */
  referralConverted?: boolean;
}

export type PairFactStatus = 'confirmed' | 'active' | 'dissolved' | 'completed';

export interface PairFact {
  _id: string;
  territoryId: string;
  promotionId: string;
  beneficiaryId: string;
  volunteerId: string;
  konnecteurId?: string;
  status: PairFactStatus;
  /** YYYY-MM-DD of the first confirmation or activation: the origin of the survey waves. */
  startedOn: string;
  endedOn?: string;
}

export type MeetingFactStatus = 'planned' | 'held' | 'missed' | 'cancelled';

export interface MeetingFact {
  _id: string;
  territoryId: string;
  promotionId: string;
  pairId: string;
  status: MeetingFactStatus;
  startsAt?: Date;
  durationMinutes: number;
}

export interface VolunteerFact {
  _id: string;
  territoryId: string;
  companyId: string;
  promotionId: string;
}

export interface SurveyFact {
  _id: string;
  territoryId: string;
  promotionId: string;
  pairId: string;
  personId: string;
  respondent: 'beneficiary' | 'volunteer';
  wave: string;
  questionnaireId: string;
  questionnaireVersion: number;
  /** Coded answers: a number (boolean 0/1, scale, hours) or the chosen codes. */
  answers: Record<string, number | string[]>;
  answeredAt: Date;
  dueOn: string;
}

export interface OutcomeFact {
  _id: string;
  territoryId: string;
  promotionId: string;
  pairId: string;
  beneficiaryId: string;
  kind: string;
  startedOn: string;
  evidenceProvided: boolean;
}

export interface AttendanceFact {
  /** `<sessionId>:<personId>`: the last word on one person's attendance of one session. */
  _id: string;
  territoryId: string;
  sessionId: string;
  personId: string;
  attended: boolean;
}

/** An erased person, by their erased key only (never the id itself). */
export interface ErasedPerson {
  _id: string;
  territoryId: string;
  erasedAt: Date;
}

export interface Facts {
  applications: ApplicationFact;
  pairs: PairFact;
  meetings: MeetingFact;
  volunteers: VolunteerFact;
  surveys: SurveyFact;
  outcomes: OutcomeFact;
  attendance: AttendanceFact;
}
export type FactKind = keyof Facts;
export const FACT_KINDS: readonly FactKind[] = ['applications', 'pairs', 'meetings', 'volunteers', 'surveys', 'outcomes', 'attendance'];

/** The fields of each fact that hold a person's id (replaced by the erased key on erasure). */
export const PERSON_FIELDS: Record<FactKind, readonly string[]> = {
  applications: ['_id'],
  pairs: ['beneficiaryId'],
  meetings: [],
  volunteers: [],
  surveys: ['personId'],
  outcomes: ['beneficiaryId'],
  attendance: ['personId'],
};
