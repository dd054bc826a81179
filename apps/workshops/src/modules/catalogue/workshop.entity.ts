/**
 * The intake's workshop needs, in recruitment's own vocabulary (`CandidateInterviewed.workshop_needs`),
 * so that a need recorded at intake and the needs a workshop answers compare as they are.
 */
export const WORKSHOP_NEEDS = ['CV', 'LINKEDIN', 'PITCH', 'PROFESSIONAL_CODES', 'FRENCH', 'DIGITAL', 'NETWORK', 'INTERVIEW'] as const;
export type WorkshopNeed = (typeof WORKSHOP_NEEDS)[number];

/** What attending develops (carried by `WorkshopSessionAttended`; resources awards badges from them). */
export const COMPETENCIES = [
  'french-cv',
  'labour-market-knowledge',
  'professional-project',
  'pitch',
  'online-presence',
  'networking',
  'verbal-communication',
  'non-verbal-communication',
  'self-confidence',
  'professional-codes',
  'oral-french',
  'digital-skills',
  'motivation',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const FORMATS = ['on-site', 'remote'] as const;
export type Format = (typeof FORMATS)[number];

export interface Workshop {
  /** `<territory>-<slug>`: each territory keeps its own catalogue (partners and formats differ). */
  _id: string;
  territoryId: string;
  slug: string;
  title: string;
  objectives: string[];
  needs: WorkshopNeed[];
  competencies: Competency[];
  durationMinutes: number;
  format: Format;
  language: string;
  /** Partner organisations (recruitment's slug ids) that already offer it here: staff see the overlap. */
  offeredByPartners: string[];
  /** Speed-meetings invite volunteers: sessions then have a volunteers' seat pool. */
  invitesVolunteers: boolean;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const workshopId = (territoryId: string, slug: string) => `${territoryId}-${slug}`;
