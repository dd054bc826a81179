import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { RegistrationViewSchema } from '../../sessions/session.views';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { RegistrationParams } from '../../sessions/sessions.request';
import { cancelRegistration } from './cancel-registration.handler';

export function cancelRegistrationRoutes(router: Router, d: SessionsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/sessions/:id/registrations/:registrationId/cancellation',
      operationId: 'cancelRegistration',
      summary: 'Annuler une inscription (la place revient à la liste d’attente)',
      summaryEn: 'Cancel a registration (the seat goes to the waitlist)',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: ['all-territories', 'own-territory', 'self', 'own-pairs'] }),
      request: { params: RegistrationParams },
      responses: { 200: { description: "L'inscription annulée / the cancelled registration", schema: RegistrationViewSchema } },
    },
    async ({ params }, { principal }) => cancelRegistration(d, principal, params.id, params.registrationId),
  );
}
