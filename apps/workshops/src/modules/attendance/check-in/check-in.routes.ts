import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { RegistrationViewSchema } from '../../sessions/session.views';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { SessionParams } from '../../sessions/sessions.request';
import { checkIn } from './check-in.handler';
import { CheckInBody } from './check-in.request';

export function checkInRoutes(router: Router, d: SessionsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/sessions/:id/check-in',
      operationId: 'checkIn',
      summary: "S'émarger avec le code de la salle",
      summaryEn: 'Check in with the room’s code',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: ['self'] }),
      request: { params: SessionParams, body: CheckInBody },
      responses: { 200: { description: "L'inscription émargée / the checked-in registration", schema: RegistrationViewSchema } },
    },
    async ({ params, body }, { principal }) => checkIn(d, principal, params.id, body.code),
  );
}
