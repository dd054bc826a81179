import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { CatalogueDeps } from '../catalogue.deps';
import { IdParams } from '../catalogue.request';
import { WorkshopViewSchema } from '../workshop.views';
import { updateWorkshop } from './update-workshop.handler';
import { UpdateWorkshopBody } from './update-workshop.request';

export function updateWorkshopRoutes(router: Router, d: CatalogueDeps): void {
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/workshops/:id',
      operationId: 'updateWorkshop',
      summary: 'Modifier un atelier',
      summaryEn: 'Edit a workshop',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: TERRITORY_REACHES }),
      request: { params: IdParams, body: UpdateWorkshopBody },
      responses: { 200: { description: "L'atelier / the workshop", schema: WorkshopViewSchema } },
    },
    async ({ params, body }, { principal }) => updateWorkshop(d, principal, params.id, body),
  );
}
