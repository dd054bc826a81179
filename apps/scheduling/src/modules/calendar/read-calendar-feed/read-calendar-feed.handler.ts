import { notFound } from '@binome/errors';
import { tokenHashOf } from '../calendar-feed.entity';
import type { CalendarDeps } from '../calendar.deps';
import { icsFeed } from '../ics-feed';

/** The feed behind a token (the token is the credential: calendar apps send no bearer). */
export async function readCalendarFeed(d: Pick<CalendarDeps, 'feeds' | 'meetings' | 'now'>, token: string): Promise<string> {
  const feed = await d.feeds.byTokenHash(tokenHashOf(token));
  if (!feed) throw notFound('Calendar feed');
  return icsFeed(await d.meetings.ofPerson(feed.territoryId, feed.personKind, feed.personId), d.now());
}
