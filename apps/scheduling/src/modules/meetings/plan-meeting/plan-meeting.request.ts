import { z } from 'zod';
import { MEETING_PLACES, MEETING_TOPICS } from '../meeting.entity';

/** A meeting's slot and content; the end or the duration (2 h by default), not both. */
export const MeetingBody = z
  .object({
    startsAt: z.coerce.date({ message: 'an ISO date-time' }),
    endsAt: z.coerce.date({ message: 'an ISO date-time' }).optional(),
    durationMinutes: z.number().int().min(15).max(480).optional(),
    place: z.enum(MEETING_PLACES).optional().describe('the volunteer’s workplace by default'),
    topics: z.array(z.enum(MEETING_TOPICS)).max(MEETING_TOPICS.length).optional(),
    // Kept inside scheduling (never in events); participants are told not to write health or legal details.
    note: z.string().trim().max(500).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.endsAt && v.durationMinutes !== undefined)
      ctx.addIssue({ code: 'custom', path: ['durationMinutes'], message: 'give the end or the duration, not both' });
    if (v.endsAt && v.endsAt <= v.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'the end must come after the start' });
  });
export type MeetingBody = z.infer<typeof MeetingBody>;
