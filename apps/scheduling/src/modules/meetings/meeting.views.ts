import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { MEETING_PLACES, MEETING_STATUSES, MEETING_TOPICS, settle, type Meeting } from './meeting.entity';

const Answer = z.object({ tookPlace: z.boolean(), at: z.string().datetime() });

export const MeetingViewSchema = apiSchema(
  'Meeting',
  z.object({
    id: z.string(),
    pairId: z.string(),
    territoryId: z.string(),
    status: z.enum(MEETING_STATUSES),
    startsAt: z.string().datetime(),
    endsAt: z.string().datetime(),
    durationMinutes: z.number().int(),
    place: z.enum(MEETING_PLACES),
    topics: z.array(z.enum(MEETING_TOPICS)),
    note: z.string().optional(),
    attendance: z.object({ beneficiary: Answer.optional(), volunteer: Answer.optional(), programme: Answer.optional() }),
    agreement: z.enum(['pending', 'agreed', 'disputed']).describe('"disputed": the participants disagree; the Konnecteur settles it'),
    sequence: z.number().int(),
  }),
);
export type MeetingView = z.infer<typeof MeetingViewSchema>;

/**
 * The pair's participants and the staff who follow it see the meeting whole; the answers show
 * who said what and when, not the account that answered.
 */
export function meetingView(m: Meeting): MeetingView {
  const answer = (a: { tookPlace: boolean; at: Date } | undefined) => (a ? { tookPlace: a.tookPlace, at: a.at.toISOString() } : undefined);
  const attendance = Object.fromEntries(
    Object.entries(m.attendance ?? {})
      .filter(([, a]) => a)
      .map(([side, a]) => [side, answer(a)]),
  );
  return {
    id: m._id,
    pairId: m.pairId,
    territoryId: m.territoryId,
    status: m.status,
    startsAt: m.startsAt.toISOString(),
    endsAt: new Date(m.startsAt.getTime() + m.durationMinutes * 60_000).toISOString(),
    durationMinutes: m.durationMinutes,
    place: m.place,
    topics: m.topics,
    ...(m.note ? { note: m.note } : {}),
    attendance,
    agreement: settle(m.attendance ?? {}).agreement,
    sequence: m.sequence,
  };
}
