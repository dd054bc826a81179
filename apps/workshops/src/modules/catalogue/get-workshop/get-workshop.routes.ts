import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { CatalogueDeps } from '../catalogue.deps';
import { IdParams } from '../catalogue.request';
import { WorkshopViewSchema } from '../workshop.views';
import { getWorkshop } from './get-workshop.handler';

export function getWorkshopRoutes(router: Router, d: CatalogueDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/workshops/:id',
      operationId: 'getWorkshop',
      summary: 'Un atelier du catalogue',
      summaryEn: 'A workshop of the catalogue',
      tags: ['ateliers'],
      access: authorize('workshops', 'read', { serves: TERRITORY_REACHES }),
      request: { params: IdParams },
      responses: { 200: { description: "L'atelier / the workshop", schema: WorkshopViewSchema } },
    },
    async ({ params }, { principal }) => getWorkshop(d, principal, params.id),
  );
}
