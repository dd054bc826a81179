/** Profiles the matching engine reads. Plain data: the engine never loads or stores anything. */

export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export const CEFR_LEVELS: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

export type LanguageLevel = 'native' | 'fluent' | 'intermediate' | 'basic';

export interface SpokenLanguage {
  /** ISO 639-1 code, e.g. "ar", "ps", "en". French is described by `frenchLevel` instead. */
  readonly code: string;
  readonly level: LanguageLevel;
}

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** Things a pair works on; a beneficiary's needs and a volunteer's strengths share this vocabulary. */
export type SupportTopic = 'CV' | 'LINKEDIN' | 'PITCH' | 'PROFESSIONAL_CODES' | 'FRENCH' | 'DIGITAL' | 'NETWORK' | 'INTERVIEW';

/** Weekly half-day slots, e.g. "mon-am", "tue-pm". */
export type WeeklySlot = string;

export type Gender = 'F' | 'M' | 'X';

export interface BeneficiaryProfile {
  readonly id: string;
  readonly territoryId: string;
  readonly promotionId: string;
  readonly sector: string;
  /** ROME-like trade code, e.g. "M1607": a letter (domain), two digits (family), two digits. */
  readonly trade: string;
  readonly frenchLevel: CefrLevel;
  readonly languages: readonly SpokenLanguage[];
  readonly town: GeoPoint;
  readonly availability: readonly WeeklySlot[];
  readonly needs: readonly SupportTopic[];
  readonly gender?: Gender;
  /** Asked-for volunteer gender; a soft preference, never a hard rule. */
  readonly genderPreference?: Gender;
  /** Company ids and volunteer ids the beneficiary must not be paired with (employer, family). */
  readonly conflicts?: readonly string[];
}

export interface VolunteerProfile {
  readonly id: string;
  readonly territoryId: string;
  readonly promotionId: string;
  readonly companyId: string;
  readonly sector: string;
  readonly trade: string;
  readonly languages: readonly SpokenLanguage[];
  readonly workplace: GeoPoint;
  readonly availability: readonly WeeklySlot[];
  readonly strengths: readonly SupportTopic[];
  /** Number of beneficiaries the volunteer can mentor at once; usually 1. */
  readonly capacity: number;
  /** Attended the mandatory initial training day. */
  readonly trained: boolean;
  readonly gender?: Gender;
  /** French level the volunteer needs to work comfortably with a beneficiary. */
  readonly minFrenchLevel?: CefrLevel;
}

export interface PairRef {
  readonly beneficiaryId: string;
  readonly volunteerId: string;
}
