import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { SessionViewSchema } from '../session.views';
import type { SessionsDeps } from '../sessions.deps';
import { listSessions } from './list-sessions.handler';
import { ListSessionsQuery } from './list-sessions.request';

export function listSessionsRoutes(router: Router, d: SessionsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/sessions',
      operationId: 'listSessions',
      summary: "Les sessions d'ateliers",
      summaryEn: 'The workshop sessions',
      description:
        'Filtres / filters: `territoryId`, `workshopId`, `promotionId`, `facilitatorId`, `personId` (staff), `atRisk`, `from`, `to`, `mine=true` (a Koach), `id` (getMany).',
      tags: ['ateliers'],
      access: authorize('workshops', 'read', { serves: TERRITORY_REACHES }),
      request: { query: ListSessionsQuery },
      list: true,
      responses: { 200: { description: 'Une page de sessions / a page of sessions', schema: SessionViewSchema } },
    },
    async ({ query }, { principal }) => listSessions(d, principal, query),
  );
}
