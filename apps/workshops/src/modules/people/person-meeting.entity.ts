/**
 * A pair meeting of a person, projected from scheduling's events: what a clash check needs, and
 * the topic codes a held meeting worked on (for the beneficiary's recommendations).
 */
export interface PersonMeeting {
  /** Scheduling's meeting id. */
  _id: string;
  territoryId: string;
  personIds: string[];
  /** The pair's beneficiary (whose recommendations the topics feed). */
  beneficiaryId?: string;
  startsAt: Date;
  endsAt: Date;
  status: 'planned' | 'held' | 'cancelled' | 'missed';
  /** Scheduling's topic codes (`cv`, `network`…), set by `MeetingHeld` only; empty until then. */
  topics: string[];
}
