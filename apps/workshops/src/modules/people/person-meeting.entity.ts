/** A pair meeting of a person, projected from scheduling's events: only what a clash check needs. */
export interface PersonMeeting {
  /** Scheduling's meeting id. */
  _id: string;
  territoryId: string;
  personIds: string[];
  startsAt: Date;
  endsAt: Date;
  status: 'planned' | 'held' | 'cancelled' | 'missed';
}
