import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import { SessionParams } from '../../sessions/sessions.request';
import type { FeedbackDeps } from '../feedback.deps';
import { giveFeedback } from './give-feedback.handler';
import { GiveFeedbackBody } from './give-feedback.request';

const GivenSchema = apiSchema(
  'FeedbackGiven',
  z.object({ id: z.string(), sessionId: z.string(), workshopId: z.string(), usefulness: z.number().int(), anonymous: z.boolean() }),
);

export function giveFeedbackRoutes(router: Router, d: FeedbackDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/sessions/:id/feedback',
      operationId: 'giveSessionFeedback',
      summary: 'Donner son avis sur une session (anonyme si on le souhaite)',
      summaryEn: 'Rate a session (anonymously if one wishes)',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: ['self'] }),
      request: { params: SessionParams, body: GiveFeedbackBody },
      responses: {
        201: { description: "L'avis / the feedback", schema: GivenSchema },
        409: { description: 'Pas présent·e ou déjà noté / not attended or already rated' },
      },
    },
    async ({ params, body }, { principal }) => giveFeedback(d, principal, params.id, body),
  );
}
