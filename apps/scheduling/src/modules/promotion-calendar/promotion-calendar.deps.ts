import type { MeetingsDeps } from '../meetings/meetings.deps';
import type { CalendarEventRepository } from './calendar-event.repository';

/** The promotion calendar's use cases: the meetings' deps (pairs, reach, ledger, emails) and the events. */
export interface PromotionCalendarDeps extends MeetingsDeps {
  calendarEvents: CalendarEventRepository;
}
