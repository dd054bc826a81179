import type { PersonKind } from '../notifications/contact.entity';

/** The promotion's shared moments: the kick-off seminar, the mid-term REX evening, the closing. */
export const CALENDAR_EVENT_KINDS = ['kickoff-seminar', 'rex-evening', 'closing'] as const;
export type CalendarEventKind = (typeof CALENDAR_EVENT_KINDS)[number];

export const EVENT_TITLES: Record<CalendarEventKind, { fr: string; en: string }> = {
  'kickoff-seminar': { fr: 'Séminaire de lancement', en: 'Kick-off seminar' },
  'rex-evening': { fr: 'Soirée de retour d’expérience (REX)', en: 'Experience-sharing (REX) evening' },
  closing: { fr: 'Clôture de la promotion', en: 'Closing of the promotion' },
};

export interface Invitee {
  kind: PersonKind;
  id: string;
  /** The person's answer to the invitation, when they gave one. */
  rsvp?: { coming: boolean; at: Date };
  /** Recorded by staff after the event. */
  attended?: boolean;
}

/**
 * A promotion's calendar event, with every participant of the promotion invited (the people of
 * its confirmed and active pairs, and their Konnecteurs). The venue is a place's name, never a
 * person's. `uid`/`sequence` as for meetings: stable and random, raised on every change.
 */
export interface CalendarEvent {
  _id: string;
  territoryId: string;
  promotionId: string;
  kind: CalendarEventKind;
  status: 'scheduled' | 'cancelled';
  startsAt: Date;
  durationMinutes: number;
  venue: string;
  invitees: Invitee[];
  uid: string;
  /** The iCalendar SEQUENCE: raised when the event itself changes (time, venue, cancellation), not on an answer. */
  sequence: number;
  /** Raised on every write: the compare-and-set guard (answers and attendance included). */
  revision: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export const eventEndOf = (e: Pick<CalendarEvent, 'startsAt' | 'durationMinutes'>) =>
  new Date(e.startsAt.getTime() + e.durationMinutes * 60_000);
