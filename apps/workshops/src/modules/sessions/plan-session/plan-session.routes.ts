import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { SessionViewSchema } from '../session.views';
import type { SessionsDeps } from '../sessions.deps';
import { planSession } from './plan-session.handler';
import { PlanSessionBody } from './plan-session.request';

export function planSessionRoutes(router: Router, d: SessionsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/sessions',
      operationId: 'planSession',
      summary: "Programmer une session d'atelier",
      summaryEn: 'Plan a workshop session',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: TERRITORY_REACHES }),
      request: { body: PlanSessionBody },
      responses: {
        201: { description: 'La session / the session', schema: SessionViewSchema },
        409: { description: 'Animateur·rice indisponible ou déjà pris·e / facilitator unavailable or double-booked' },
      },
    },
    async ({ body }, { principal }) => planSession(d, principal, body),
  );
}
