import type { MailConfig, TerritoryPolicy } from '../../scheduling.config';
import type { MeetingRepository } from '../meetings/meeting.repository';
import type { PairScheduleRepository } from '../pairs/pair-schedule.repository';
import type { CalendarEventRepository } from '../promotion-calendar/calendar-event.repository';
import type { AnswerLinkRepository } from './answer-link.repository';
import type { ContactRepository } from './contact.repository';
import type { MeetingGuides } from './meeting-guide.client';
import type { NotificationRepository } from './notification.repository';
import type { WorkshopSeatRepository } from '../workshops/workshop-seat.repository';
import type { ImpactClient } from '../surveys/impact.client';

/** What sending and planning emails need. */
export interface NotificationsDeps {
  contacts: ContactRepository;
  notifications: NotificationRepository;
  answerLinks: AnswerLinkRepository;
  meetings: MeetingRepository;
  pairs: PairScheduleRepository;
  calendarEvents: CalendarEventRepository;
  seats: WorkshopSeatRepository;
  /** Resources' meeting guides for the reminders; without it (no resources peer) reminders carry none. */
  guides?: MeetingGuides;
  mail: Pick<MailConfig, 'from' | 'publicBaseUrl'>;
  policies: Record<string, TerritoryPolicy>;
  now: () => Date;
  /** Impact, for the personal link of a survey reminder (absent: survey reminders are not sent). */
  impact?: Pick<ImpactClient, 'surveyLink'>;
}
