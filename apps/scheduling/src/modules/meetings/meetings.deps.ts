import type { ContactRepository } from '../notifications/contact.repository';
import type { NotificationPlanner } from '../notifications/notification.planner';
import type { PairScheduleRepository } from '../pairs/pair-schedule.repository';
import type { RecruitmentClient } from '../pairs/recruitment.client';
import type { CalendarEventRepository } from '../promotion-calendar/calendar-event.repository';
import type { PoliciesOf } from '../territory-policy';
import type { VolunteerFactRepository } from '../volunteers/volunteer-fact.repository';
import type { PersonLocks } from './person-locks';
import type { MeetingRepository } from './meeting.repository';

/** What the meeting use cases need; built once in the composition root. */
export interface MeetingsDeps {
  pairs: PairScheduleRepository;
  meetings: MeetingRepository;
  recruitment: Pick<RecruitmentClient, 'ownPeople'>;
  /** Contacts link a Konnecteur's verified email to the referent ids matching assigns to pairs. */
  contacts: Pick<ContactRepository, 'konnecteurIdsOf' | 'of'>;
  volunteers: Pick<VolunteerFactRepository, 'of'>;
  calendarEvents: Pick<CalendarEventRepository, 'ofInvitee'>;
  notifications: NotificationPlanner;
  locks: PersonLocks;
  policies: PoliciesOf;
  /** Wakes the email dispatcher after emails were planned. */
  mailNudge: () => void;
  now: () => Date;
}
