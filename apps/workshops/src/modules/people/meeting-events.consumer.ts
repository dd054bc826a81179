import { EVENTS, on, TOPICS } from '@binome/events';
import type { PersonMeetingRepository } from './person-meeting.repository';

const { MeetingPlanned, MeetingHeld, MeetingCancelled, MeetingMissed } = EVENTS;

/** Workshops' consumer group on scheduling's topic. */
export const MEETINGS_GROUP = 'workshops-meetings';

const endOf = (startsAt: Date, durationMinutes: number) => new Date(startsAt.getTime() + (durationMinutes || 120) * 60_000);

/**
 * The pair meetings of each person, from scheduling (`binome.scheduling.v1`), so that nobody is
 * promoted from a waitlist into a session that clashes with one of their meetings; and the topic
 * codes of the beneficiary's held meetings (`MeetingHeld.topics`), which their recommendations
 * read. A payload without its ids goes to the dead-letter topic.
 */
export function meetingEventsConsumer(meetings: PersonMeetingRepository, group = MEETINGS_GROUP, topic: string = TOPICS.scheduling) {
  const settled = (status: 'cancelled' | 'missed') => async (e: { meetingId: string }, env: { territoryId: string }) => {
    if (!e.meetingId || !env.territoryId) throw new Error('meeting event without meeting or territory id');
    await meetings.settled(env.territoryId, e.meetingId, status);
  };
  return {
    group,
    topics: [topic],
    handlers: [
      on(MeetingPlanned, async (e, env) => {
        if (!e.meetingId || !env.territoryId || !e.startsAt) throw new Error('MeetingPlanned without meeting, territory or start');
        await meetings.planned({
          _id: e.meetingId,
          territoryId: env.territoryId,
          personIds: [e.beneficiaryId, e.volunteerId].filter(Boolean),
          ...(e.beneficiaryId ? { beneficiaryId: e.beneficiaryId } : {}),
          startsAt: e.startsAt,
          endsAt: endOf(e.startsAt, e.durationMinutes),
        });
      }),
      on(MeetingHeld, async (e, env) => {
        if (!e.meetingId || !env.territoryId || !e.startsAt) throw new Error('MeetingHeld without meeting, territory or start');
        await meetings.held({
          _id: e.meetingId,
          territoryId: env.territoryId,
          personIds: [e.beneficiaryId, e.volunteerId].filter(Boolean),
          ...(e.beneficiaryId ? { beneficiaryId: e.beneficiaryId } : {}),
          startsAt: e.startsAt,
          endsAt: endOf(e.startsAt, e.durationMinutes),
          // Stored as sent (codes only); the recommendations read the codes they know.
          topics: [...new Set(e.topics)],
        });
      }),
      on(MeetingCancelled, settled('cancelled')),
      on(MeetingMissed, settled('missed')),
    ],
  };
}
