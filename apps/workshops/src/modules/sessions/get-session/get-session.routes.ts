import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { SessionViewSchema } from '../session.views';
import type { SessionsDeps } from '../sessions.deps';
import { SessionParams } from '../sessions.request';
import { getSession } from './get-session.handler';

export function getSessionRoutes(router: Router, d: SessionsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/sessions/:id',
      operationId: 'getSession',
      summary: "Une session d'atelier",
      summaryEn: 'A workshop session',
      tags: ['ateliers'],
      access: authorize('workshops', 'read', { serves: TERRITORY_REACHES }),
      request: { params: SessionParams },
      responses: { 200: { description: 'La session / the session', schema: SessionViewSchema } },
    },
    async ({ params }, { principal }) => getSession(d, principal, params.id),
  );
}
