import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import { NEEDS } from '../needs';
import { Id } from '../surveys.request';
import type { SurveysDeps } from '../surveys.deps';
import { listNeeds } from './list-needs.handler';

const NeedsView = apiSchema('PersonNeeds', z.object({ personId: z.string(), pairId: z.string(), needs: z.array(z.enum(NEEDS)) }));

export function listNeedsRoutes(router: Router, d: SurveysDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/territories/:territoryId/promotions/:promotionId/needs',
      operationId: 'listNeeds',
      summary: 'Besoins relevés à T0 (pour les ateliers et ressources)',
      summaryEn: 'Needs found at T0 (for workshops and resources)',
      tags: ['surveys'],
      access: authorize('surveys', 'read', { serves: TERRITORY_REACHES }),
      request: { params: z.object({ territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/), promotionId: Id }).strict() },
      responses: { 200: { description: 'Les besoins / the needs', schema: z.array(NeedsView) } },
    },
    async ({ params }, { principal }) => listNeeds(d.surveys, principal, params.territoryId, params.promotionId),
  );
}
