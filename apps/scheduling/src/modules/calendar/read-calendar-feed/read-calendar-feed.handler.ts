import { notFound } from '@binome/errors';
import { territory } from '@binome/persistence';
import type { ContactRepository } from '../../notifications/contact.repository';
import { EVENT_TITLES, eventEndOf, type CalendarEvent } from '../../promotion-calendar/calendar-event.entity';
import { tokenHashOf } from '../calendar-feed.entity';
import type { CalendarDeps } from '../calendar.deps';
import { icsCalendar, icsFeed, meetingEntry, type CalendarEntry } from '../ics-feed';

const eventEntry = (e: CalendarEvent): CalendarEntry => ({
  uid: e.uid,
  sequence: e.sequence,
  stamp: e.updatedAt,
  start: e.startsAt,
  end: eventEndOf(e),
  summary: `Binôme — ${EVENT_TITLES[e.kind].fr} / ${EVENT_TITLES[e.kind].en}`,
  location: e.venue,
  cancelled: e.status === 'cancelled',
});

/**
 * The feed behind a token (the token is the credential: calendar apps send no bearer). A person's:
 * their meetings, with the partner's first name when the partner gave one, and the promotion
 * events they are invited to. A promotion's: its calendar events.
 */
export async function readCalendarFeed(
  d: Pick<CalendarDeps, 'feeds' | 'meetings' | 'calendarEvents' | 'now'> & { contacts: Pick<ContactRepository, 'of'> },
  token: string,
): Promise<string> {
  const feed = await d.feeds.byTokenHash(tokenHashOf(token));
  if (!feed) throw notFound('Calendar feed');
  if (feed.personKind === 'promotion') {
    const events = await d.calendarEvents.ofPromotion(territory(feed.territoryId), feed.personId);
    return icsCalendar('Binôme — calendrier de la promotion / promotion calendar', events.map(eventEntry));
  }
  const kind = feed.personKind;
  const [meetings, events] = await Promise.all([
    d.meetings.ofPerson(feed.territoryId, kind, feed.personId),
    d.calendarEvents.ofInvitee(feed.territoryId, kind, feed.personId),
  ]);
  const partners = new Map<string, string>();
  for (const m of meetings) {
    if (partners.has(m.pairId)) continue;
    const partner =
      kind === 'beneficiary'
        ? await d.contacts.of(m.territoryId, 'volunteer', m.volunteerId)
        : await d.contacts.of(m.territoryId, 'beneficiary', m.beneficiaryId);
    if (partner) partners.set(m.pairId, partner.firstName);
  }
  if (!events.length) return icsFeed(meetings, d.now(), partners);
  const now = d.now();
  return icsCalendar('Binôme — rencontres / meetings', [
    ...meetings.map((m) => meetingEntry(m, now, partners.get(m.pairId))),
    ...events.filter((e) => !e.invitees.some((i) => i.kind === kind && i.id === feed.personId && i.rsvp?.coming === false)).map(eventEntry),
  ]);
}
