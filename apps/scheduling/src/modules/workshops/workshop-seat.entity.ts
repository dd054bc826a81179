/**
 * A seat a person was promoted to from a workshop's waitlist, projected from workshops' events so
 * that the email telling them says what and when, as things are when it is sent (a seat given up
 * since is not announced). Ids, the catalogue's title and the session's times: never the place.
 */
export interface WorkshopSeat {
  /** Workshops' registration id. */
  _id: string;
  territoryId: string;
  personKind: 'beneficiary' | 'volunteer';
  personId: string;
  sessionId: string;
  workshopTitle: string;
  startsAt: Date;
  endsAt: Date;
  status: 'seated' | 'cancelled';
  createdAt: Date;
}
