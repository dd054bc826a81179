import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { CatalogueDeps } from '../catalogue.deps';
import { WorkshopViewSchema } from '../workshop.views';
import { createWorkshop } from './create-workshop.handler';
import { CreateWorkshopBody } from './create-workshop.request';

export function createWorkshopRoutes(router: Router, d: CatalogueDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/workshops',
      operationId: 'createWorkshop',
      summary: 'Ajouter un atelier au catalogue',
      summaryEn: 'Add a workshop to the catalogue',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: TERRITORY_REACHES }),
      request: { body: CreateWorkshopBody },
      responses: {
        201: { description: "L'atelier / the workshop", schema: WorkshopViewSchema },
        409: { description: 'Slug déjà pris / slug taken' },
      },
    },
    async ({ body }, { principal }) => createWorkshop(d, principal, body),
  );
}
