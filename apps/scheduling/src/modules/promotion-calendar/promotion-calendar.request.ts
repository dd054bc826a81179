import { z } from 'zod';
import { identityText } from '@binome/http-server';
import { Id } from '../meetings/meetings.request';
import { PERSON_KINDS } from '../notifications/contact.entity';
import { CALENDAR_EVENT_KINDS } from './calendar-event.entity';

export const PromotionParams = z.object({ promotionId: Id });
export const EventParams = z.object({ id: Id });
const TerritoryId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a territory id');

export const PlanEventBody = z
  .object({
    territoryId: TerritoryId,
    kind: z.enum(CALENDAR_EVENT_KINDS),
    startsAt: z.coerce.date({ message: 'an ISO date-time' }),
    durationMinutes: z.number().int().min(30).max(600).optional().describe('3 h by default'),
    venue: identityText(200).describe('the name and address of the place (a venue, never a person)'),
  })
  .strict();

export const RsvpBody = z.object({ coming: z.boolean() }).strict();

export const EventAttendanceBody = z
  .object({
    attendees: z
      .array(z.object({ kind: z.enum(PERSON_KINDS), id: Id, attended: z.boolean() }).strict())
      .min(1)
      .max(500),
  })
  .strict();

export const PromotionQuery = z.object({ territoryId: TerritoryId.optional() });
