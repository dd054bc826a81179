import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { endOf, type Meeting, type MeetingPlace } from '../meetings/meeting.entity';

const PLACES: Record<MeetingPlace, string> = {
  workplace: 'Lieu de travail du bénévole / volunteer’s workplace',
  phone: 'Téléphone / phone',
  video: 'Visio / video call',
};

/**
 * A person's meetings as an iCalendar feed (RFC 5545, RFC 7986 NAME and REFRESH-INTERVAL),
 * METHOD:PUBLISH. Each event keeps the meeting's random UID; SEQUENCE is the meeting's, raised on
 * every change; a cancelled meeting stays in the feed as STATUS:CANCELLED so that calendars drop
 * it. Minimal data: the kind of place, no names, notes or topics. Times are UTC.
 */
export function icsFeed(meetings: readonly Meeting[], now: Date): string {
  const calendar = ical({
    name: 'Binôme — rencontres / meetings',
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
    prodId: { company: 'binome', product: 'scheduling' },
  });
  for (const m of meetings) {
    calendar.createEvent({
      id: m.uid,
      sequence: m.sequence,
      stamp: m.updatedAt ?? now,
      start: m.startsAt,
      end: endOf(m),
      summary: 'Rencontre binôme / pair meeting',
      location: PLACES[m.place],
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
