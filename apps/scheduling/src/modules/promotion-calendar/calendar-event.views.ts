import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { PERSON_KINDS } from '../notifications/contact.entity';
import { CALENDAR_EVENT_KINDS, EVENT_TITLES, eventEndOf, type CalendarEvent, type Invitee } from './calendar-event.entity';

const InviteeView = z.object({
  kind: z.enum(PERSON_KINDS),
  id: z.string(),
  coming: z.boolean().optional(),
  attended: z.boolean().optional(),
});

export const CalendarEventViewSchema = apiSchema(
  'CalendarEvent',
  z.object({
    id: z.string(),
    territoryId: z.string(),
    promotionId: z.string(),
    kind: z.enum(CALENDAR_EVENT_KINDS),
    title: z.string(),
    status: z.enum(['scheduled', 'cancelled']),
    startsAt: z.string().datetime(),
    endsAt: z.string().datetime(),
    durationMinutes: z.number().int(),
    venue: z.string(),
    sequence: z.number().int(),
    counts: z.object({ invited: z.number(), coming: z.number(), notComing: z.number(), attended: z.number() }),
    invitees: z.array(InviteeView).describe('staff: every invitee; a participant: their own answer only'),
  }),
);
export type CalendarEventView = z.infer<typeof CalendarEventViewSchema>;

const inviteeView = (i: Invitee) => ({
  kind: i.kind,
  id: i.id,
  ...(i.rsvp ? { coming: i.rsvp.coming } : {}),
  ...(i.attended !== undefined ? { attended: i.attended } : {}),
});

/** Staff see who answered what; a participant sees the event and their own answer, not the other invitees. */
export function calendarEventView(e: CalendarEvent, own?: (i: Invitee) => boolean): CalendarEventView {
  const invitees = own ? e.invitees.filter(own) : e.invitees;
  return {
    id: e._id,
    territoryId: e.territoryId,
    promotionId: e.promotionId,
    kind: e.kind,
    title: EVENT_TITLES[e.kind].fr,
    status: e.status,
    startsAt: e.startsAt.toISOString(),
    endsAt: eventEndOf(e).toISOString(),
    durationMinutes: e.durationMinutes,
    venue: e.venue,
    sequence: e.sequence,
    counts: {
      invited: e.invitees.length,
      coming: e.invitees.filter((i) => i.rsvp?.coming === true).length,
      notComing: e.invitees.filter((i) => i.rsvp?.coming === false).length,
      attended: e.invitees.filter((i) => i.attended === true).length,
    },
    invitees: invitees.map(inviteeView),
  };
}
