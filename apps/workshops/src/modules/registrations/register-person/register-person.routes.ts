import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { RegistrationViewSchema } from '../../sessions/session.views';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { SessionParams } from '../../sessions/sessions.request';
import { registerPerson } from './register-person.handler';
import { RegisterBody } from './register-person.request';

export function registerPersonRoutes(router: Router, d: SessionsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/sessions/:id/registrations',
      operationId: 'registerPerson',
      summary: 'Inscrire une personne (ou sur liste d’attente)',
      summaryEn: 'Register a person (or waitlist them)',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: ['all-territories', 'own-territory', 'self', 'own-pairs'] }),
      request: { params: SessionParams, body: RegisterBody },
      responses: {
        201: { description: "L'inscription / the registration", schema: RegistrationViewSchema },
        409: { description: 'Inscriptions closes ou déjà inscrit·e / registration closed or already registered' },
      },
    },
    async ({ params, body }, { principal }) => registerPerson(d, principal, params.id, body),
  );
}
