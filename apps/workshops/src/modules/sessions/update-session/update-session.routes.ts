import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { SessionViewSchema } from '../session.views';
import type { SessionsDeps } from '../sessions.deps';
import { SessionParams } from '../sessions.request';
import { updateSession } from './update-session.handler';
import { UpdateSessionBody } from './update-session.request';

export function updateSessionRoutes(router: Router, d: SessionsDeps): void {
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/sessions/:id',
      operationId: 'updateSession',
      summary: 'Modifier ou annuler une session',
      summaryEn: 'Change or cancel a session',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: TERRITORY_REACHES }),
      request: { params: SessionParams, body: UpdateSessionBody },
      responses: {
        200: { description: 'La session / the session', schema: SessionViewSchema },
        409: {
          description:
            'Capacité sous le nombre d’inscrit·es, animateur·rice indisponible / capacity below registered, facilitator unavailable',
        },
      },
    },
    async ({ params, body }, { principal }) => updateSession(d, principal, params.id, body),
  );
}
