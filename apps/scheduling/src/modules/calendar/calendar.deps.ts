import type { MeetingsDeps } from '../meetings/meetings.deps';
import type { CalendarEventRepository } from '../promotion-calendar/calendar-event.repository';
import type { CalendarFeedRepository } from './calendar-feed.repository';

/** The feed use cases: the meetings' deps, the feeds and the promotion's events. */
export interface CalendarDeps extends MeetingsDeps {
  feeds: CalendarFeedRepository;
  calendarEvents: CalendarEventRepository;
}
