import type { MeetingsDeps } from '../meetings/meetings.deps';
import type { CalendarFeedRepository } from './calendar-feed.repository';

/** The feed use cases: the meetings' deps and the feeds. */
export interface CalendarDeps extends MeetingsDeps {
  feeds: CalendarFeedRepository;
}
