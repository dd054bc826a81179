/**
 * A rating of a session. Anonymous feedback carries no person id at all (not even hashed) and
 * only the day it was given, so it cannot be joined back to the one registration marked as rated.
 */
export interface Feedback {
  _id: string;
  territoryId: string;
  sessionId: string;
  workshopId: string;
  usefulness: number;
  comment?: string;
  anonymous: boolean;
  personId?: string;
  givenOn: string;
}
