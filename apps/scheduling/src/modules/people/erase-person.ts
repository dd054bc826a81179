import { feedIdOf } from '../calendar/calendar-feed.entity';
import type { CalendarFeedRepository } from '../calendar/calendar-feed.repository';
import type { MeetingRepository } from '../meetings/meeting.repository';
import type { AnswerLinkRepository } from '../notifications/answer-link.repository';
import type { ContactRepository } from '../notifications/contact.repository';
import type { NotificationRepository } from '../notifications/notification.repository';
import type { WorkshopSeatRepository } from '../workshops/workshop-seat.repository';

export interface ErasureDeps {
  contacts: Pick<ContactRepository, 'remove'>;
  notificationStore: Pick<NotificationRepository, 'cancelPendingTo'>;
  answerLinks: Pick<AnswerLinkRepository, 'removeOf'>;
  meetings: Pick<MeetingRepository, 'eraseNotesOf'>;
  feeds: Pick<CalendarFeedRepository, 'remove'>;
  seats: Pick<WorkshopSeatRepository, 'removeOf'>;
}

/**
 * A person's erasure (recruitment's `CandidateErased`): what scheduling holds that is theirs goes —
 * their contact (email, first name), their pending emails and one-tap links, their feed, the notes
 * of their meetings, the workshop seats they were told of. The meetings themselves, their outcomes and the ids stay, so the counts
 * (meetings held, hours, indicators) are unchanged. Idempotent.
 */
export async function erasePerson(d: ErasureDeps, territoryId: string, kind: 'beneficiary' | 'volunteer', personId: string) {
  await d.notificationStore.cancelPendingTo(territoryId, kind, personId, 'erased');
  await d.answerLinks.removeOf(territoryId, personId);
  await d.contacts.remove(territoryId, kind, personId);
  await d.feeds.remove(territoryId, feedIdOf(territoryId, kind, personId));
  await d.meetings.eraseNotesOf(territoryId, kind, personId);
  await d.seats.removeOf(territoryId, personId);
}
