import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { calendarEventView, CalendarEventViewSchema } from '../calendar-event.views';
import type { PromotionCalendarDeps } from '../promotion-calendar.deps';
import { EventParams, RsvpBody } from '../promotion-calendar.request';
import { answerOwnInvitation } from './answer-invitation.handler';

export function answerInvitationRoutes(router: Router, d: PromotionCalendarDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/calendar-events/:id/rsvp',
      operationId: 'answerInvitation',
      summary: 'Répondre à une invitation (je viens / je ne viens pas)',
      summaryEn: "Answer an invitation (I'll come / I won't)",
      tags: ['calendrier'],
      access: authorize('meetings', 'write'),
      request: { params: EventParams, body: RsvpBody },
      responses: {
        200: { description: 'L’événement / the event', schema: CalendarEventViewSchema },
        409: { description: 'Annulé, commencé ou plafond dépassé / cancelled, started or cap exceeded' },
      },
    },
    async ({ params, body }, { principal, permission }) => {
      const { event, own } = await answerOwnInvitation(d, principal, permission, params.id, body.coming);
      return calendarEventView(event, own);
    },
  );
}
