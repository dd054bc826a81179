import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar, type ICalEventData } from 'ical-generator';
import { endOf, type Meeting, type MeetingPlace } from '../meetings/meeting.entity';

/** The programme's time zone: every event is written in it, with its VTIMEZONE. */
export const TIME_ZONE = 'Europe/Paris';

const PLACES: Record<MeetingPlace, string> = {
  workplace: 'Lieu de travail du bénévole / volunteer’s workplace',
  phone: 'Téléphone / phone',
  video: 'Visio / video call',
};
export const placeLabel = (p: MeetingPlace): string => PLACES[p];

/** One event of a feed or an invitation: what a calendar needs, and nothing personal beyond a first name. */
export interface CalendarEntry {
  uid: string;
  sequence: number;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  cancelled: boolean;
}

/** The feed entry of a meeting; `partnerFirstName` is the other participant's, when they gave it. */
export function meetingEntry(m: Meeting, now: Date, partnerFirstName?: string): CalendarEntry {
  return {
    uid: m.uid,
    sequence: m.sequence,
    stamp: m.updatedAt ?? now,
    start: m.startsAt,
    end: endOf(m),
    summary: partnerFirstName
      ? `Rencontre binôme avec ${partnerFirstName} / pair meeting with ${partnerFirstName}`
      : 'Rencontre binôme / pair meeting',
    location: PLACES[m.place],
    cancelled: m.status === 'cancelled',
  };
}

function calendarOf(name: string, method: ICalCalendarMethod): ICalCalendar {
  return ical({
    name,
    method,
    ttl: 3600,
    prodId: { company: 'binome', product: 'scheduling' },
    timezone: { name: TIME_ZONE, generator: getVtimezoneComponent },
  });
}

function addEntry(calendar: ICalCalendar, e: CalendarEntry, extra: Omit<ICalEventData, 'start'> = {}): void {
  calendar.createEvent({
    id: e.uid,
    sequence: e.sequence,
    stamp: e.stamp,
    // Local wall times in the zone (ical-generator writes a plain Date's UTC fields under the TZID).
    start: DateTime.fromJSDate(e.start, { zone: TIME_ZONE }),
    end: DateTime.fromJSDate(e.end, { zone: TIME_ZONE }),
    timezone: TIME_ZONE,
    summary: e.summary,
    location: e.location,
    status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...extra,
  });
}

/**
 * A feed (RFC 5545, RFC 7986 NAME and REFRESH-INTERVAL), METHOD:PUBLISH. Each event keeps its
 * random UID; SEQUENCE is raised on every change; a cancelled event stays as STATUS:CANCELLED so
 * that calendars drop it. Times are Europe/Paris local times with the zone's VTIMEZONE.
 */
export function icsCalendar(name: string, entries: readonly CalendarEntry[]): string {
  const calendar = calendarOf(name, ICalCalendarMethod.PUBLISH);
  for (const e of entries) addEntry(calendar, e);
  return calendar.toString();
}

/** A person's meetings as a feed: the kind of place, the partner's first name when given; no notes, topics or ids. */
export function icsFeed(meetings: readonly Meeting[], now: Date, partnerFirstNames: ReadonlyMap<string, string> = new Map()): string {
  return icsCalendar(
    'Binôme — rencontres / meetings',
    meetings.map((m) => meetingEntry(m, now, partnerFirstNames.get(m.pairId))),
  );
}

/**
 * An invitation sent by email (RFC 5546 iTIP): METHOD:REQUEST (or CANCEL once cancelled), the same
 * UID and SEQUENCE as the feed, the programme as ORGANIZER and the recipient as the one ATTENDEE.
 * The email's `text/calendar; method=…` part must carry the same method.
 */
export function icsInvitation(entry: CalendarEntry, organizer: { name: string; email: string }, attendeeEmail: string) {
  const method = entry.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const calendar = calendarOf('Binôme', method);
  addEntry(calendar, entry, { organizer, attendees: [{ email: attendeeEmail, rsvp: true }] });
  return { method: method as 'REQUEST' | 'CANCEL', content: calendar.toString() };
}
